import { localReference, type OutboxKind, type SentOrQueued } from '../../../../shared/outbox/queued.ts';
import { isNoAnswer, KioskError } from '../../errors.ts';
import type { CitizenSession } from '../session/citizen-session.ts';
import type { Enqueued, Outbox } from './outbox.ts';

export interface SendOrQueueDeps {
  session: Pick<CitizenSession, 'authorised' | 'submitter'>;
  outbox: Pick<Outbox, 'enqueue' | 'entries' | 'find'>;
  /** What the connectivity monitor knows now: false when the central API is known to be out of reach. */
  online: () => boolean | null;
  /** A request of the session in `epoch` went into the outbox: its outcome is told to that session, if it is still on screen. */
  onQueued?: (enqueued: Enqueued, epoch: number) => void;
}

/** A request that can wait: its kind, its Idempotency-Key, its body, and how to send it online with the session's token. */
export interface WaitingRequest<T> {
  kind: OutboxKind;
  key: string;
  body: unknown;
  epoch: number;
  send: (token: string) => Promise<T>;
}

/**
 * Application submit, cancel and ladder enrolment: sent to the central API
 * at once when it can be reached, else saved in the outbox (under the same
 * Idempotency-Key, so a request that did reach the API before its answer
 * was lost is answered once, not made twice) and delivered with the
 * citizen's submission grant when the API is back, whether or not the
 * citizen is still at the terminal.
 *
 * A citizen with requests still waiting in the outbox has the next one
 * queued behind them too, so the central API sees them in the order the
 * citizen made them. Without a grant (an older central API) nothing can be
 * delivered after the session, so the request fails as it would have
 * without an outbox; a refusal to save (no encryption, a full disk) is the
 * screen's outbox.* error, and nothing is saved then.
 */
export function createSendOrQueue({ session, outbox, online, onQueued }: SendOrQueueDeps) {
  return async function sendOrQueue<T>(request: WaitingRequest<T>): Promise<SentOrQueued<T>> {
    const submitter = session.submitter();
    const waiting = submitter !== undefined && outbox.entries().some((entry) => entry.citizenKey === submitter.citizenKey && entry.state === 'pending');
    if (online() !== false && !waiting) {
      try {
        return { outcome: 'sent', result: await session.authorised(request.send) };
      } catch (error) {
        // No answer: the request may or may not have reached the central API, and the same key will tell.
        if (!isNoAnswer(error) || submitter === undefined) throw error;
      }
    } else if (submitter === undefined) {
      throw new KioskError('api.unreachable', 'the central API is unreachable and it issued no submission grant to queue with');
    }
    const enqueued = await outbox.enqueue({ id: request.key, kind: request.kind, citizenKey: submitter.citizenKey, grant: submitter.grant, body: request.body });
    // Asked again under a key the central API has already refused (offline, in the same session): say its refusal, not "saved".
    if (enqueued.state === 'rejected') throw new KioskError(outbox.find(enqueued.id)?.lastError ?? 'api.bad_response', 'the central API refused this request');
    onQueued?.(enqueued, request.epoch);
    return {
      outcome: 'queued',
      queued: { id: enqueued.id, reference: localReference(enqueued.id), kind: enqueued.kind, queuedAt: new Date(enqueued.enqueuedAt).toISOString() },
    };
  };
}

export type SendOrQueue = ReturnType<typeof createSendOrQueue>;
