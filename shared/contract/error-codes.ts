/**
 * Codes the reference server answers with; the kiosk adds its own transport
 * codes. Kept free of zod so the renderer can import the list.
 */
export const API_ERROR_CODES = [
  'validation_failed',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'internal_error',
  // Accounts. Those about one field also name it in `fields`.
  'captcha_invalid',
  'captcha_expired',
  'sms_code_invalid',
  'sms_code_expired',
  'sms_code_exhausted',
  'sms_resend_too_soon',
  'phone_taken',
  'id_number_taken',
  'credit_code_taken',
  'username_taken',
  'same_phone',
  'wrong_password',
  'invalid_credentials',
  'account_locked',
  'unauthorized',
  // Abuse limits: a client asked too often (retryAfterSeconds says when it may again).
  'too_many_requests',
  'unsupported_media_type',
  // Applications, indicators, the ladder and draws (docs/catalog.md).
  'catalog_version_mismatch',
  'idempotency_key_reused',
  'application_exists',
  'no_open_period',
  'application_not_cancellable',
  'cancellation_closed_today',
  'ladder_not_offered',
  'not_account_phone',
  // Development operator endpoints only.
  'invalid_transition',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
