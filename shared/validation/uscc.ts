/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters
 * from a 31-character alphabet, the last a MOD 31 check character.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';

/** The code's alphabet, in value order (0-30): digits and upper-case letters without I O S V Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 3^i mod 31 for positions 1-17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters of a code. Throws unless they are 17 alphabet characters. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckChar expects 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError('usccCheckChar expects characters of USCC_ALPHABET');
    sum += value * WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** A credit code as typed, trimmed, without spaces and upper-cased. */
export function normaliseCreditCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks a normalised credit code: `required`, `invalid_characters` (a
 * character outside USCC_ALPHABET), `invalid_format` (not 18 characters).
 * A wrong check character is accepted with the warning
 * `uscc_checksum_unverified`: some early pilot codes (e.g. 91350100M0001TGQXM)
 * fail the check and are still valid.
 */
export function checkUscc(value: string): FieldCheck {
  if (value === '') return fail('required');
  for (const char of value) if (!USCC_ALPHABET.includes(char)) return fail('invalid_characters');
  if (value.length !== 18) return fail('invalid_format');
  return usccCheckChar(value.slice(0, 17)) === value[17] ? pass() : pass('uscc_checksum_unverified');
}
