/**
 * The identity platform's 个人登录 takes 用户名/证件号码: a user name or the
 * number of any identity document. A user name starts with a letter, so 18
 * digits (the last perhaps X) can only be a number with the MOD 11-2 check
 * character (居民身份证, 居住证, the 2023 永久居留身份证), and that is checked.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';
import { gb11643CheckChar } from './gb11643.ts';

const USERNAME_MIN = 4;
const LOGIN_NAME_MAX = 20;
const LOGIN_NAME_CHARS = /^[A-Za-z0-9_]+$/;
const GB11643_SHAPE = /^\d{17}[\dXx]$/;

/** A login name as typed, without spaces. Case is kept: user names are compared ignoring it, numbers upper-cased. */
export function normaliseLoginName(value: string): string {
  return value.replace(/\s+/g, '');
}

/**
 * Checks a normalised login name: `required`, `invalid_characters` (only
 * A-Z a-z 0-9 _), `too_long` (over 20), and for 18 digits (or 17 and X)
 * `invalid_checksum` when the check character is wrong.
 */
export function checkLoginName(value: string): FieldCheck {
  if (value === '') return fail('required');
  if (!LOGIN_NAME_CHARS.test(value)) return fail('invalid_characters');
  if (value.length > LOGIN_NAME_MAX) return fail('too_long');
  if (!GB11643_SHAPE.test(value)) return pass();
  return gb11643CheckChar(value.slice(0, 17)) === value.slice(17).toUpperCase() ? pass() : fail('invalid_checksum');
}

/** Checks a new user name: `required`, `invalid_characters`, `invalid_format` (not starting with a letter), `too_short` / `too_long` (4-20). */
export function checkUsername(value: string): FieldCheck {
  if (value === '') return fail('required');
  if (!LOGIN_NAME_CHARS.test(value)) return fail('invalid_characters');
  if (!/^[A-Za-z]/.test(value)) return fail('invalid_format');
  if (value.length < USERNAME_MIN) return fail('too_short');
  if (value.length > LOGIN_NAME_MAX) return fail('too_long');
  return pass();
}
