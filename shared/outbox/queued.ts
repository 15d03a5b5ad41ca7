import { z } from 'zod';

/** What an outbox entry asks the central API to do; each is sent with the entry's id as its Idempotency-Key. */
export const OUTBOX_KINDS = ['application.submit', 'application.cancel', 'ladder.enrol'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * pending: waiting to be sent (again); delivering: a request is under way
 * (in memory only: after a restart it is pending again); delivered: a 2xx
 * answered and its receipt kept (the body and the grant are dropped then);
 * rejected: refused by the central API (a 4xx), kept for staff and not sent again.
 */
export const OUTBOX_STATES = ['pending', 'delivering', 'delivered', 'rejected'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * 本机编号: what a 待提交 receipt shows instead of an application code, and
 * what staff find the entry by. `Q-` and the last eight hex digits of the
 * entry's UUID v7 (random bits; the leading ones are the time).
 */
export const localReferenceSchema = z.string().regex(/^Q-[0-9A-F]{4}-[0-9A-F]{4}$/);

export function localReference(id: string): string {
  const tail = id.replaceAll('-', '').slice(-8).toUpperCase();
  return `Q-${tail.slice(0, 4)}-${tail.slice(4)}`;
}

/** A request the central API could not be reached for, saved (encrypted, fsynced) in the terminal's outbox. */
export const queuedRequestSchema = z.object({
  id: z.uuid(),
  reference: localReferenceSchema,
  kind: z.enum(OUTBOX_KINDS),
  queuedAt: z.iso.datetime(),
});
export type QueuedRequest = z.infer<typeof queuedRequestSchema>;

/**
 * The answer to a request that may wait: `sent` with the central API's
 * answer, or `queued` when the central API could not be reached and the
 * request is safely in the outbox (delivered when it is back).
 */
export const sentOrQueuedSchema = <T extends z.ZodType>(sent: T) =>
  z.discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('sent'), result: sent }),
    z.object({ outcome: z.literal('queued'), queued: queuedRequestSchema }),
  ]);
export type SentOrQueued<T> = { outcome: 'sent'; result: T } | { outcome: 'queued'; queued: QueuedRequest };

/** A request this session queued has been delivered (with its application code, none for a ladder enrolment) or refused (with the server's code). */
export const outboxSettledSchema = z.object({
  id: z.uuid(),
  state: z.enum(['delivered', 'rejected']),
  code: z.string().nullable(),
});
export type OutboxSettled = z.infer<typeof outboxSettledSchema>;

/** The staff panel's view of the outbox: counts, ages, refusals, alerts and problems. Nothing personal, no bodies, no grants. */
export const outboxStatusSchema = z.object({
  counts: z.object(Object.fromEntries(OUTBOX_STATES.map((state) => [state, z.number().int().nonnegative()])) as Record<OutboxState, z.ZodNumber>),
  /** Age of the oldest entry not yet delivered nor rejected; null when none waits. */
  oldestPendingAgeMs: z.number().nonnegative().nullable(),
  rejected: z.array(
    z.object({ id: z.uuid(), reference: localReferenceSchema, kind: z.enum(OUTBOX_KINDS), code: z.string().nullable(), at: z.number().nullable() }),
  ),
  alerts: z.array(
    z.discriminatedUnion('code', [
      z.object({ code: z.literal('outbox.retention_count'), count: z.number(), limit: z.number() }),
      z.object({ code: z.literal('outbox.retention_age'), oldestAgeMs: z.number(), limit: z.number() }),
    ]),
  ),
  problems: z.array(
    z.discriminatedUnion('code', [
      z.object({
        code: z.literal('outbox.corrupt_record'),
        at: z.number(),
        file: z.string().nullable(),
        lines: z.array(z.object({ line: z.number(), defect: z.string() })),
      }),
      z.object({ code: z.literal('outbox.unencrypted'), at: z.number() }),
      z.object({ code: z.literal('outbox.unavailable'), at: z.number(), errno: z.string().nullable() }),
    ]),
  ),
});
export type OutboxStatusView = z.infer<typeof outboxStatusSchema>;
