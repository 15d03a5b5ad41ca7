/**
 * Per-field result codes shared by the renderer (which shows them as
 * translated messages), the kiosk main process and the reference server
 * (which answers them per field). One list, so every code has a message.
 */

/**
 * Every reason a field can be refused. The codes from `phone_taken` to
 * `same_phone`, `not_account_phone` (and the captcha and SMS codes) are only
 * ever produced by the server; they live here so the UI maps one list to its
 * messages.
 */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid_characters',
  'invalid_format',
  'invalid_checksum',
  'invalid_birth_date',
  'invalid_region',
  'too_short',
  'too_long',
  'password_too_weak',
  'mismatch',
  'same_as_old',
  'captcha_invalid',
  'captcha_expired',
  'sms_code_invalid',
  'sms_code_expired',
  'sms_code_exhausted',
  'phone_taken',
  'id_number_taken',
  'credit_code_taken',
  'username_taken',
  'wrong_password',
  'same_phone',
  // Application forms (shared/validation/rules.ts, shared/catalog/check-values.ts).
  'disagrees_with_id_number',
  'date_in_future',
  'out_of_range',
  'not_an_option',
  'licence_class_not_allowed',
  'unknown_field',
  'not_editable',
  'not_account_phone',
] as const;

/** One reason a field is refused. */
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Accepted, but worth telling the user about. */
export const FIELD_WARNING_CODES = ['uscc_checksum_unverified'] as const;

/** One warning about an accepted field. */
export type FieldWarningCode = (typeof FIELD_WARNING_CODES)[number];

/** The outcome of checking one field: accepted (perhaps with a warning) or refused with one code. */
export type FieldCheck = { ok: true; warning?: FieldWarningCode } | { ok: false; code: FieldErrorCode };

/** At most one error code per field of a form; an empty object when the form is fine. */
export type FieldErrors<K extends string = string> = Partial<Record<K, FieldErrorCode>>;

/** An accepted field, with an optional warning. */
export function pass(warning?: FieldWarningCode): FieldCheck {
  return warning === undefined ? { ok: true } : { ok: true, warning };
}

/** A refused field. */
export function fail(code: FieldErrorCode): FieldCheck {
  return { ok: false, code };
}

/** True when `value` is one of FIELD_ERROR_CODES (for codes arriving from the server). */
export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return typeof value === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(value);
}
