/**
 * Contact details an application form asks for besides the mobile number:
 * a landline (固定电话), an e-mail address and a postcode (邮编).
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';

/** Checks a landline: `required`, then `invalid_format` unless area code 0 + 2-3 digits, 7-8 digits, an optional extension (0898-66668888, 057188889999-123). */
export function checkLandline(value: string): FieldCheck {
  if (value === '') return fail('required');
  return /^0\d{2,3}-?[1-9]\d{6,7}(-\d{1,6})?$/.test(value) ? pass() : fail('invalid_format');
}

/** Checks an e-mail address: `required`, `too_long` (over 100), then `invalid_format` unless local@domain.tld in ASCII. */
export function checkEmail(value: string): FieldCheck {
  if (value === '') return fail('required');
  if (value.length > 100) return fail('too_long');
  return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(value) ? pass() : fail('invalid_format');
}

/** Checks a mainland postcode: `required`, then `invalid_format` unless 6 digits not starting with 0. */
export function checkPostcode(value: string): FieldCheck {
  if (value === '') return fail('required');
  return /^[1-9]\d{5}$/.test(value) ? pass() : fail('invalid_format');
}
