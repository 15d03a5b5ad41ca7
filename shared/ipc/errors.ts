/** Error codes the IPC boundary itself answers with (never thrown across it). */
export const IPC_ERROR_CODES = [
  'ipc.unknown_channel',
  'ipc.unknown_event',
  'ipc.payload_too_large',
  'ipc.invalid_request',
  'ipc.forbidden_sender',
  'ipc.invalid_response',
  'ipc.handler_failed',
  // The session a request belonged to was wiped before it finished: its answer is dropped.
  'session.ended',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

/** Transport failures of the central API as seen from the kiosk. */
export const TRANSPORT_ERROR_CODES = ['api.unreachable', 'api.timeout', 'api.bad_response'] as const;

export type TransportErrorCode = (typeof TRANSPORT_ERROR_CODES)[number];

/** What the kiosk itself refuses or fails at besides the transport: a catalog it cannot read, a receipt it could not print, a request it could not queue. */
export const KIOSK_ERROR_CODES = [
  'catalog.unreadable',
  'receipt.print_failed',
  // The outbox could not save a request the central API could not be reached for: nothing was saved.
  'outbox.unencrypted',
  'outbox.disk_full',
  'outbox.write_failed',
  'outbox.invalid_entry',
  'outbox.closed',
] as const;

export interface IpcError {
  code: string;
  message: string;
  /** Field name -> field error code (shared/validation/field-codes.ts). */
  fields?: Record<string, string>;
  /** When a refused action may be tried again, in seconds. */
  retryAfterSeconds?: number;
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };
