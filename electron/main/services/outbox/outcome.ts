import { apiErrorSchema } from '../../../../shared/contract/errors.ts';
import { applicationCodeSchema } from '../../../../shared/contract/applications.ts';
import type { OutboxKind, Receipt } from './entry.ts';

/** What the central API answered one attempt (any status: the sender does not throw on error statuses). */
export type Reply = { status: number; body: unknown };

/** What to do with an entry after an answer. */
export type Outcome =
  | { type: 'delivered'; receipt: Omit<Receipt, 'at'> }
  | { type: 'rejected'; code: string }
  | { type: 'retry'; code: string; retryAfterMs?: number };

/** Statuses that say "not now" rather than "no": a timeout, too early, too many requests. */
const TRANSIENT_4XX = new Set([408, 425, 429]);

const errorOf = (body: unknown) => {
  const parsed = apiErrorSchema.safeParse(body);
  return parsed.success ? parsed.data.error : undefined;
};

/** The application code a submission or a cancellation is answered with; a ladder enrolment has none. */
function receiptCode(kind: OutboxKind, body: unknown): string | null | undefined {
  if (kind === 'ladder.enrol') return (body as { enrolled?: unknown } | null)?.enrolled === true ? null : undefined;
  const parsed = applicationCodeSchema.safeParse((body as { code?: unknown } | null)?.code);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A 2xx with the answer the kind expects is delivered; 408, 425, 429 and
 * anything not 4xx (5xx, a proxy's 3xx, a 2xx that is not the contract's
 * answer) is tried again; every other 4xx (409, 422, 401 grant_expired, 403
 * grant_wrong_terminal...) is rejected with the server's code and not sent
 * again: sending it blindly would only be refused again, or worse.
 */
export function outcomeOf(kind: OutboxKind, reply: Reply): Outcome {
  const error = errorOf(reply.body);
  const code = error?.code ?? `http_${reply.status}`;
  if (reply.status >= 200 && reply.status < 300) {
    const receipt = receiptCode(kind, reply.body);
    return receipt === undefined ? { type: 'retry', code: 'api.bad_response' } : { type: 'delivered', receipt: { status: reply.status, code: receipt } };
  }
  if (reply.status >= 400 && reply.status < 500 && !TRANSIENT_4XX.has(reply.status)) return { type: 'rejected', code };
  const retryAfterMs = error?.retryAfterSeconds === undefined ? undefined : error.retryAfterSeconds * 1000;
  return { type: 'retry', code, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}
