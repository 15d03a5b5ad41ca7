import { localReference } from '../../../../shared/outbox/queued.ts';
import { OUTBOX_STATES, type OutboxEntry, type OutboxKind, type OutboxState } from './entry.ts';
import { retentionAlerts, type OutboxAlert, type Retention } from './retention.ts';

/** Something wrong with the outbox's file, its folder or its encryption, for staff and the log (codes, files and line numbers only). */
export type OutboxProblem =
  | { code: 'outbox.corrupt_record'; at: number; file: string | null; lines: { line: number; defect: string }[] }
  | { code: 'outbox.unencrypted'; at: number }
  | { code: 'outbox.unavailable'; at: number; errno: string | null };

/** What the staff panel shows: nothing personal, no bodies, no grants. */
export type OutboxStatus = {
  counts: Record<OutboxState, number>;
  /** Age of the oldest entry not yet delivered nor rejected; null when none waits. */
  oldestPendingAgeMs: number | null;
  rejected: { id: string; reference: string; kind: OutboxKind; code: string | null; at: number | null }[];
  alerts: OutboxAlert[];
  problems: OutboxProblem[];
};

/** The status of `entries` at `now`; `inFlight` holds the ids being sent. Pure: the same inputs, the same answer. */
export function outboxStatus(
  entries: readonly OutboxEntry[],
  inFlight: ReadonlySet<string>,
  now: number,
  retention: Retention,
  problems: readonly OutboxProblem[],
): OutboxStatus {
  const counts = Object.fromEntries(OUTBOX_STATES.map((state) => [state, 0])) as Record<OutboxState, number>;
  let oldest: number | null = null;
  for (const entry of entries) {
    counts[inFlight.has(entry.id) ? 'delivering' : entry.state] += 1;
    if (entry.state === 'pending') oldest = Math.min(oldest ?? entry.enqueuedAt, entry.enqueuedAt);
  }
  return {
    counts,
    oldestPendingAgeMs: oldest === null ? null : now - oldest,
    rejected: entries
      .filter((entry) => entry.state === 'rejected')
      .map((entry) => ({ id: entry.id, reference: localReference(entry.id), kind: entry.kind, code: entry.lastError, at: entry.settledAt })),
    alerts: retentionAlerts(entries, now, retention),
    problems: [...problems],
  };
}
