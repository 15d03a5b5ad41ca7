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
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
