/**
 * Account passwords: 8-20 printable ASCII characters with at least one
 * digit, one upper-case and one lower-case letter.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';

const MIN_LENGTH = 8;
const MAX_LENGTH = 20;

/**
 * Checks a new password: `required`, `invalid_characters` (anything outside
 * 0x21-0x7E, so no spaces and no full-width characters), `too_short`,
 * `too_long`, then `password_too_weak`.
 */
export function checkPassword(value: string): FieldCheck {
  if (value === '') return fail('required');
  if (!/^[\x21-\x7e]+$/.test(value)) return fail('invalid_characters');
  if (value.length < MIN_LENGTH) return fail('too_short');
  if (value.length > MAX_LENGTH) return fail('too_long');
  if (!/\d/.test(value) || !/[A-Z]/.test(value) || !/[a-z]/.test(value)) return fail('password_too_weak');
  return pass();
}

/** Checks the repeated password: `required`, then `mismatch` unless it equals `password`. */
export function checkPasswordConfirmation(password: string, confirmation: string): FieldCheck {
  if (confirmation === '') return fail('required');
  return confirmation === password ? pass() : fail('mismatch');
}
