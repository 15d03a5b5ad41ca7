import type { KIOSK_ERROR_CODES } from '../../../../shared/ipc/errors.ts';
import { KioskError } from '../../errors.ts';

/**
 * Why the outbox refused to queue (what the screen and staff are told):
 * unencrypted (safeStorage would store plain text), disk_full, write_failed
 * (another file-system error), invalid_entry (not an entry of a known kind,
 * or an id already queued with another request), closed.
 */
export type OutboxErrorCode = Extract<(typeof KIOSK_ERROR_CODES)[number], `outbox.${string}`>;

export const outboxError = (code: OutboxErrorCode, message: string) => new KioskError(code, message);

/** A file-system failure as the outbox reports it: disk_full for no space or quota, write_failed otherwise (the message names the errno only). */
export function writeFailure(error: unknown): KioskError {
  const errno = (error as NodeJS.ErrnoException).code;
  if (errno === 'ENOSPC' || errno === 'EDQUOT') return outboxError('outbox.disk_full', 'no space left to save the request');
  return outboxError('outbox.write_failed', `the request could not be saved (${errno ?? 'error'})`);
}
