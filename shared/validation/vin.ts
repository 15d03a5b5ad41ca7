/**
 * 车辆识别代号 (VIN), GB 16735 (as ISO 3779): 17 characters from A-Z and
 * 0-9 without I, O and Q; the 9th is a check character computed from the
 * other 16 (transliterated letters times position weights, mod 11, 10 = X).
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';

/** The characters a VIN may use: digits and upper-case letters except I, O, Q. */
export const VIN_ALPHABET = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';

const LETTER_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

function valueOf(char: string): number {
  return /\d/.test(char) ? Number(char) : LETTER_VALUES[char]!;
}

/** The check character (0-9 or X) of a 17-character VIN; the 9th character itself does not count. Throws outside VIN_ALPHABET. */
export function vinCheckChar(vin: string): string {
  if (vin.length !== 17 || [...vin].some((char) => !VIN_ALPHABET.includes(char))) {
    throw new RangeError('vinCheckChar expects 17 characters of VIN_ALPHABET');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += valueOf(vin[i]!) * WEIGHTS[i]!;
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/** A VIN as typed, without spaces and upper-cased. */
export function normaliseVin(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks a normalised VIN: `required`, `invalid_characters` (outside
 * VIN_ALPHABET, so I, O and Q too), `invalid_format` (not 17 characters),
 * then `invalid_checksum` (the 9th character).
 */
export function checkVin(value: string): FieldCheck {
  if (value === '') return fail('required');
  for (const char of value) if (!VIN_ALPHABET.includes(char)) return fail('invalid_characters');
  if (value.length !== 17) return fail('invalid_format');
  return vinCheckChar(value) === value[8] ? pass() : fail('invalid_checksum');
}
