/**
 * Mainland mobile numbers. The ranges keep growing, so only the shape is
 * checked; the SMS code is the real check.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';

/** Checks a mobile number: `required`, then `invalid_format` unless 1[3-9] and nine more digits. */
export function checkMobile(value: string): FieldCheck {
  if (value === '') return fail('required');
  return /^1[3-9]\d{9}$/.test(value) ? pass() : fail('invalid_format');
}
