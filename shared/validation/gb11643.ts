/**
 * 公民身份号码 (citizen identity number), GB 11643-1999: a 6-digit address
 * code, the birth date YYYYMMDD, a 3-digit sequence (odd = male) and a
 * MOD 11-2 check character (ISO 7064).
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const FORMAT = /^\d{17}[\dX]$/;
const EARLIEST_BIRTH_DATE = '18000101';

/** The check character (a digit or `X`) for the first 17 digits of an ID number. Throws on anything but 17 digits. */
export function gb11643CheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('gb11643CheckChar expects 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** `date` as YYYYMMDD in the host's local time zone. */
function localYyyymmdd(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}${month}${day}`;
}

/** True when YYYYMMDD names a day that exists in the Gregorian calendar. */
function isCalendarDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks an 18-character ID number (already upper-case): `required`,
 * `invalid_format`, `invalid_birth_date` (not a real date, before 1800-01-01
 * or after `today`, the host's local date by default), then `invalid_checksum`.
 */
export function checkGb11643(value: string, today: Date = new Date()): FieldCheck {
  if (value === '') return fail('required');
  if (!FORMAT.test(value)) return fail('invalid_format');
  const birth = value.slice(6, 14);
  if (!isCalendarDate(birth) || birth < EARLIEST_BIRTH_DATE || birth > localYyyymmdd(today)) {
    return fail('invalid_birth_date');
  }
  if (gb11643CheckChar(value.slice(0, 17)) !== value[17]) return fail('invalid_checksum');
  return pass();
}

/** What a valid ID number says about its holder. */
export interface Gb11643Details {
  /** The 6-digit address code where the number was first issued. */
  regionCode: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  sex: 'male' | 'female';
}

/** Region, birth date and sex from a valid ID number; null when checkGb11643 refuses it. */
export function parseGb11643(value: string, today: Date = new Date()): Gb11643Details | null {
  if (!checkGb11643(value, today).ok) return null;
  return {
    regionCode: value.slice(0, 6),
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    sex: Number(value.slice(14, 17)) % 2 === 1 ? 'male' : 'female',
  };
}
