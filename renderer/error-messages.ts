import { IPC_ERROR_CODES, KIOSK_ERROR_CODES, TRANSPORT_ERROR_CODES } from '../shared/ipc/errors.ts';
import { API_ERROR_CODES } from '../shared/contract/error-codes.ts';

/** Every error code the UI has its own message for, under `errors.<code>`. */
export const MAPPED_ERROR_CODES: readonly string[] = [...IPC_ERROR_CODES, ...TRANSPORT_ERROR_CODES, ...KIOSK_ERROR_CODES, ...API_ERROR_CODES];

/** The message key for an IPC error code; unknown codes get the generic message. Server prose is never shown. */
export function errorMessageKey(code: string): string {
  return MAPPED_ERROR_CODES.includes(code) ? `errors.${code}` : 'errors.generic';
}
