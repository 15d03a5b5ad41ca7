import type { OutboxEntry } from './entry.ts';

/** How much may wait before staff are alerted. Nothing is ever dropped for it. */
export type Retention = { maxEntries: number; maxAgeMs: number };

/** 200 entries not yet delivered, or one waiting 72 hours (as long as a submission grant lasts). */
export const DEFAULT_RETENTION: Readonly<Retention> = { maxEntries: 200, maxAgeMs: 72 * 3600 * 1000 };

/** A staff alert: too many entries waiting, or one waiting too long. */
export type OutboxAlert =
  | { code: 'outbox.retention_count'; count: number; limit: number }
  | { code: 'outbox.retention_age'; oldestAgeMs: number; limit: number };

/** The alerts `entries` raise at `now`: undelivered entries (pending or rejected) over the count, the oldest over the age. */
export function retentionAlerts(entries: readonly OutboxEntry[], now: number, retention: Retention): OutboxAlert[] {
  const waiting = entries.filter((entry) => entry.state !== 'delivered');
  const alerts: OutboxAlert[] = [];
  if (waiting.length >= retention.maxEntries) alerts.push({ code: 'outbox.retention_count', count: waiting.length, limit: retention.maxEntries });
  const oldest = Math.min(...waiting.map((entry) => entry.enqueuedAt));
  if (waiting.length > 0 && now - oldest >= retention.maxAgeMs) {
    alerts.push({ code: 'outbox.retention_age', oldestAgeMs: now - oldest, limit: retention.maxAgeMs });
  }
  return alerts;
}
