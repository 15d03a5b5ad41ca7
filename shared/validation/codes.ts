/**
 * One-time codes the user types back: the SMS verification code and the
 * picture captcha's answer. Whether they are right is the server's business.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';

/** Checks an SMS verification code: `required`, then `invalid_format` unless 6 digits. */
export function checkSmsCode(value: string): FieldCheck {
  if (value === '') return fail('required');
  return /^\d{6}$/.test(value) ? pass() : fail('invalid_format');
}

/** Checks a captcha answer: `required`, then `invalid_format` unless 4 letters or digits. */
export function checkCaptchaAnswer(value: string): FieldCheck {
  if (value === '') return fail('required');
  return /^[A-Za-z0-9]{4}$/.test(value) ? pass() : fail('invalid_format');
}
