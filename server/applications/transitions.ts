import { nextStatus, type ApplicationEvent } from '../../shared/applications/state-machine.ts';
import type { ApplicationStatus } from '../../shared/applications/statuses.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { issueIndicator } from '../indicators/indicator-store.ts';
import { setStatus, type ApplicationRecord } from './application-store.ts';

/**
 * Moves an application by `event` per the shared state machine, records
 * it in the history, and issues the indicator when it is won. Returns the
 * new status, or null (and changes nothing) when the event does not apply.
 * Run inside a transaction.
 */
export function applyEvent(context: ServerContext, record: ApplicationRecord, event: ApplicationEvent): ApplicationStatus | null {
  const next = nextStatus(record.status, event, record.allocation);
  if (next === null) return null;
  const now = context.clock.now();
  setStatus(context.db, record.code, next, isoTime(now), next === 'queued' ? now : undefined);
  if (next === 'won') issueIndicator(context, record);
  record.status = next;
  if (next === 'queued') record.queuedAt = now;
  return next;
}
