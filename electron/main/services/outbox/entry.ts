import { z } from 'zod';
import { applicationCodeSchema, applicationRequestSchema } from '../../../../shared/contract/applications.ts';
import { OUTBOX_KINDS, type OutboxKind } from '../../../../shared/outbox/queued.ts';

/** The kinds and states are shared with the page (the staff panel's status). */
export { OUTBOX_KINDS, OUTBOX_STATES, type OutboxKind, type OutboxState } from '../../../../shared/outbox/queued.ts';

/** The body each kind carries: an application as POSTed, the code of the application to cancel, nothing. */
export const OUTBOX_BODIES = {
  'application.submit': applicationRequestSchema,
  'application.cancel': z.strictObject({ code: applicationCodeSchema }),
  'ladder.enrol': z.strictObject({}),
} as const satisfies Record<OutboxKind, z.ZodType>;

/** What the central API answered a delivered entry: the status, the application's code (null for a ladder enrolment), when. */
export const receiptSchema = z.object({ status: z.number().int(), code: z.string().nullable(), at: z.number() });
export type Receipt = z.infer<typeof receiptSchema>;

/**
 * One queued request, as kept (encrypted) in the journal. `id` is a UUID v7
 * made on the terminal and sent as the Idempotency-Key; `citizenKey` an
 * opaque id of the account (its account id), which orders delivery;
 * `grant` the submission grant it is delivered with. Times are ms since the
 * epoch. `body` and `grant` are null once delivered.
 */
export const entrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(OUTBOX_KINDS),
  citizenKey: z.string().min(1),
  grant: z.string().nullable(),
  grantExpiresAt: z.number(),
  body: z.unknown(),
  state: z.enum(['pending', 'delivered', 'rejected']),
  attempts: z.number().int().nonnegative(),
  enqueuedAt: z.number(),
  nextAttemptAt: z.number(),
  /** The code of the last failure: the central API's (grant_expired, application_exists...) or the transport's (api.timeout). */
  lastError: z.string().nullable(),
  /** When it was delivered or rejected. */
  settledAt: z.number().nullable(),
  receipt: receiptSchema.nullable(),
});
export type OutboxEntry = z.infer<typeof entrySchema>;
