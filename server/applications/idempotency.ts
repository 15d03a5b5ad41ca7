/**
 * The Idempotency-Key store: per account, a key remembers the request it
 * came with (a hash of method, path and body) and the answer given. The
 * same key and request answer the same again; the same key with another
 * request is 422 idempotency_key_reused. Only successes are remembered: a
 * refusal wrote nothing, so the kiosk may correct the request and send it
 * under the same key.
 */
import { createHash } from 'node:crypto';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { canonicalJson } from '../catalog/served-catalog.ts';
import { inTransaction } from '../db/transaction.ts';
import { refusal, success, unwrap, type Outcome } from '../http/failure.ts';

/** An answer as sent: status and body. */
export type StoredAnswer = { status: number; body: unknown };

/** Which request a key was first used for. */
export type IdempotentRequest = { accountId: string; key: string; method: string; path: string; body: unknown };

/** A request whose Idempotency-Key is optional (a cancellation, a ladder enrolment: they are idempotent by themselves). */
export type MaybeIdempotentRequest = Omit<IdempotentRequest, 'key'> & { key: string | undefined };

function requestHash(request: IdempotentRequest): string {
  return createHash('sha256').update(canonicalJson({ method: request.method, path: request.path, body: request.body })).digest('hex');
}

/**
 * Answers `request` once: inside one IMMEDIATE transaction, the answer
 * remembered under its key, or `work`'s (remembered when it succeeded).
 * Two requests with one key never both run `work`.
 */
export function answerOnce(context: ServerContext, request: IdempotentRequest, work: () => Outcome<StoredAnswer>): StoredAnswer {
  const hash = requestHash(request);
  return unwrap(
    inTransaction(context.db, (): Outcome<StoredAnswer> => {
      const stored = context.db
        .prepare('SELECT request_hash, status, body FROM idempotency_keys WHERE account_id = ? AND idempotency_key = ?')
        .get(request.accountId, request.key);
      if (stored) {
        if (stored.request_hash !== hash) {
          return refusal({ status: 422, code: 'idempotency_key_reused', message: 'this Idempotency-Key came with another request' });
        }
        return success({ status: Number(stored.status), body: JSON.parse(String(stored.body)) });
      }
      const outcome = work();
      if (outcome.ok) {
        context.db
          .prepare('INSERT INTO idempotency_keys (account_id, idempotency_key, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(request.accountId, request.key, hash, outcome.value.status, JSON.stringify(outcome.value.body), isoTime(context.clock.now()));
      }
      return outcome;
    }),
  );
}

/** answerOnce() when the request has a key; `work` in a transaction of its own when it has none. */
export function answerMaybeOnce(context: ServerContext, request: MaybeIdempotentRequest, work: () => Outcome<StoredAnswer>): StoredAnswer {
  const { key } = request;
  return key === undefined ? unwrap(inTransaction(context.db, work)) : answerOnce(context, { ...request, key }, work);
}

/** An Outcome's value as the answer `status` with it as the body. */
export function answered<T>(status: number, outcome: Outcome<T>): Outcome<StoredAnswer> {
  return outcome.ok ? success({ status, body: outcome.value }) : outcome;
}
