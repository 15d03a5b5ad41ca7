/**
 * Masks personal identifiers in free text before it is logged: ID numbers
 * (GB 11643, and the 18-char cards that share its layout), mainland mobile
 * numbers and unified social credit codes (GB 32100). Masking keeps a few
 * characters at each end so a log line can still be matched against a case
 * at the counter, but never enough to recover the identifier.
 */

/** Not preceded or followed by a letter or digit, so parts of longer tokens are left alone. */
const START = '(?<![0-9A-Za-z])';
const END = '(?![0-9A-Za-z])';

/** 17 digits and a check character (digit or X). */
const ID_NUMBER = new RegExp(`${START}\\d{17}[\\dXx]${END}`, 'g');

/** Optional +86 / 86 prefix, then 1[3-9] and nine more digits. */
const MOBILE = new RegExp(`${START}((?:\\+?86[- ]?)?)(1[3-9]\\d{9})${END}`, 'g');

/** Authority and category, 6-digit region code, 9-char organisation code and check character. */
const CREDIT_CODE = new RegExp(`${START}[0-9A-HJ-NP-RTUW-Y]{2}\\d{6}[0-9A-HJ-NP-RTUW-Y]{10}${END}`, 'gi');

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

/** Replaces the middle of every ID number, mobile number and credit code in `text` with `*`. */
export function redactPersonalData(text: string): string {
  return text
    .replace(ID_NUMBER, (id) => maskMiddle(id, 3, 2))
    .replace(MOBILE, (_, prefix: string, mobile: string) => prefix + maskMiddle(mobile, 3, 4))
    .replace(CREDIT_CODE, (code) => maskMiddle(code, 3, 2));
}
