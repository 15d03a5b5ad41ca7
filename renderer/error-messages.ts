import { IPC_ERROR_CODES, TRANSPORT_ERROR_CODES } from '../shared/ipc/errors.ts';
import type { ApiErrorCode } from '../shared/contract/errors.ts';

/**
 * The central API's codes, listed here rather than imported so the renderer
 * bundle does not pull in zod with shared/contract/errors.ts; a unit test
 * keeps the list equal to API_ERROR_CODES.
 */
const API_CODES = [
  'validation_failed',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'internal_error',
] as const satisfies readonly ApiErrorCode[];

/** Every error code the UI has its own message for, under `errors.<code>`. */
export const MAPPED_ERROR_CODES: readonly string[] = [...IPC_ERROR_CODES, ...TRANSPORT_ERROR_CODES, ...API_CODES];

/** The message key for an IPC error code; unknown codes get the generic message. Server prose is never shown. */
export function errorMessageKey(code: string): string {
  return MAPPED_ERROR_CODES.includes(code) ? `errors.${code}` : 'errors.generic';
}
