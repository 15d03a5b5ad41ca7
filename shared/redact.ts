/**
 * Masks personal data in free text before it is logged. Identifiers found
 * by their shape keep a few characters at each end, so a log line can still
 * be matched against a case at the counter, but never enough to recover
 * them: ID numbers (GB 11643 and the 18-character cards that share its
 * layout, 15-character foreign permanent residence cards), mainland mobile
 * numbers, unified social credit codes (GB 32100), Chinese passports,
 * Hong Kong / Macau and Taiwan travel permits; numbers may be written with
 * spaces or hyphens between their digits. Values that have no shape (names,
 * passwords, foreign passport numbers, codes) are found by their key
 * instead: `"name":"…"`, `password: '…'`, `idNumber=…` lose their whole
 * value.
 */

/** Not preceded or followed by a letter or digit, so parts of longer tokens are left alone. */
const START = '(?<![0-9A-Za-z])';
const END = '(?![0-9A-Za-z])';
/** Not preceded or followed by a digit: a letter may touch a number (id11010519491231002X). */
const DIGITS_START = '(?<![0-9])';
const DIGITS_END = '(?![0-9])';
/** One optional space or hyphen between two characters of a number. */
const SEP = '[- ]?';

/** 17 digits and a check character (digit or X), each perhaps after a separator. */
const ID_NUMBER = new RegExp(`${DIGITS_START}\\d(?:${SEP}\\d){16}${SEP}[\\dXx]${END}`, 'g');

/** 2017 foreign permanent residence card: 3 letters and 12 digits. */
const FOREIGN_PERMANENT_ID = new RegExp(`${START}[A-Za-z]{3}\\d{12}${END}`, 'g');

/** Optional +86 / 86 prefix, then 1[3-9] and nine more digits, each perhaps after a separator. */
const MOBILE = new RegExp(`${DIGITS_START}((?:\\+?86${SEP})?)(1${SEP}[3-9](?:${SEP}\\d){9})${DIGITS_END}`, 'g');

/** Authority and category, 6-digit region code, 9-char organisation code and check character. */
const CREDIT_CODE = new RegExp(`${START}[0-9A-HJ-NP-RTUW-Y]{2}\\d{6}[0-9A-HJ-NP-RTUW-Y]{10}${END}`, 'gi');

/**
 * Chinese passports (E or G + 8 digits, E + letter + 7 digits, D/P/S + 7
 * digits) and Hong Kong / Macau permits (H or M + 8 digits, + 2 digits).
 */
const DOCUMENT_NUMBER = new RegExp(`${START}(?:[EGHMeghm]\\d{8}(?:\\d{2})?|[Ee][A-Za-z]\\d{7}|[DPSdps]\\d{7})${END}`, 'g');

/** Taiwan permits: 8 digits standing alone. */
const TAIWAN_PERMIT = new RegExp(`${DIGITS_START}\\d{8}${DIGITS_END}`, 'g');

/** Keys whose values are personal or secret whatever they look like (also in snake_case or kebab-case, any letter case). */
const SECRET_KEYS = [
  'name',
  'unitName',
  'contactName',
  'representativeName',
  'fullName',
  'loginName',
  'password',
  'newPassword',
  'oldPassword',
  'confirmPassword',
  'passwd',
  'idNumber',
  'contactIdNumber',
  'representativeIdNumber',
  'passport',
  'passportNumber',
  'smsCode',
  'captchaAnswer',
  'token',
  'authorization',
];

/** idNumber -> id[_-]?Number, so id_number and id-number match too. */
const keyPattern = (key: string) => key.replace(/[A-Z]/g, (letter) => `[_-]?${letter}`);

/**
 * A secret key standing alone (perhaps quoted), `:` or `=`, and its value:
 * a quoted string, or unquoted words up to a comma, semicolon, `&`,
 * bracket, quote or the next key (`John Smith phone: …` ends before `phone`).
 */
const KEY_VALUE = new RegExp(
  `(?<![\\w-])(["']?)(${SECRET_KEYS.map(keyPattern).join('|')})\\1(\\s*[:=]\\s*)` +
    `("(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|[^\\s,;&}\\]"']+(?: (?![\\w-]+\\s*[:=])[^\\s,;&}\\]"':=]+)*)`,
  'gi',
);

const MASK = '***';

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

/** Replaces the value of every secret key with *** (quotes kept). */
function redactSecretValues(text: string): string {
  return text.replace(KEY_VALUE, (_, quote: string, key: string, colon: string, value: string) => {
    const quoted = value.startsWith('"') || value.startsWith("'") ? value[0]! : '';
    return `${quote}${key}${quote}${colon}${quoted}${MASK}${quoted}`;
  });
}

/** Masks every secret value (by key) and the middle of every identifier (by shape) in `text`. */
export function redactPersonalData(text: string): string {
  return redactSecretValues(text)
    .replace(ID_NUMBER, (id) => maskMiddle(id, 3, 2))
    .replace(FOREIGN_PERMANENT_ID, (id) => maskMiddle(id, 3, 3))
    .replace(MOBILE, (_, prefix: string, mobile: string) => prefix + maskMiddle(mobile, 3, 4))
    .replace(CREDIT_CODE, (code) => maskMiddle(code, 3, 2))
    .replace(DOCUMENT_NUMBER, (number) => maskMiddle(number, 2, 2))
    .replace(TAIWAN_PERMIT, (number) => maskMiddle(number, 2, 2));
}
