import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '../../../../electron/main/services/outbox/backoff.ts';
import { createDelivery, type DeliveryOptions, type OutboxSend } from '../../../../electron/main/services/outbox/delivery.ts';
import type { OutboxEntry, OutboxKind } from '../../../../electron/main/services/outbox/entry.ts';
import type { Reply } from '../../../../electron/main/services/outbox/outcome.ts';
import { settledEntry, type Settlement } from '../../../../electron/main/services/outbox/settlement.ts';
import { KioskError } from '../../../../electron/main/errors.ts';

const T0 = Date.parse('2027-03-02T02:00:00Z');
const BACKOFF = { baseMs: 1000, maxMs: 8000 };

/** The outbox as delivery sees it, in memory (the store itself is tested against files). */
function memoryOutbox() {
  const entries = new Map<string, OutboxEntry>();
  const listeners = new Set<() => void>();
  const inFlight = new Set<string>();
  let failSettle = false;
  let n = 0;
  return {
    entries: () => [...entries.values()],
    setInFlight: (id: string, sending: boolean) => void (sending ? inFlight.add(id) : inFlight.delete(id)),
    async settle(id: string, settlement: Settlement) {
      if (failSettle) throw new KioskError('outbox.disk_full', 'full');
      const entry = entries.get(id)!;
      if (entry.state === 'pending') entries.set(id, settledEntry(entry, settlement, Date.now()));
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Queues an entry of `citizenKey`; its id says which it is. */
    add(citizenKey: string, kind: OutboxKind = 'application.submit'): string {
      n += 1;
      const id = `${citizenKey}-${n}`;
      entries.set(id, {
        id, kind, citizenKey, grant: 'grant', grantExpiresAt: T0 + 1e9, body: {}, state: 'pending', attempts: 0,
        enqueuedAt: Date.now(), nextAttemptAt: Date.now(), lastError: null, settledAt: null, receipt: null,
      });
      for (const listener of listeners) listener();
      return id;
    },
    get: (id: string) => entries.get(id)!,
    inFlight,
    failSettles: (fail: boolean) => void (failSettle = fail),
  };
}

const created = (code = '2027031000001'): Reply => ({ status: 201, body: { code } });
const refused = (status: number, code: string, retryAfterSeconds?: number): Reply => ({ status, body: { error: { code, message: '', retryAfterSeconds } } });

let outbox: ReturnType<typeof memoryOutbox>;
let sent: string[];
let replies: Map<string, (Reply | Error)[]>;
/** Answers each entry with its scripted replies in turn, then 201. */
const scripted: OutboxSend = async (entry) => {
  sent.push(entry.id);
  const next = replies.get(entry.id)?.shift() ?? created();
  if (next instanceof Error) throw next;
  return next;
};

function delivery(options: Partial<DeliveryOptions> = {}) {
  return createDelivery({ outbox, send: scripted, backoff: BACKOFF, random: () => 0.5, timeoutMs: 5000, ...options });
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  outbox = memoryOutbox();
  sent = [];
  replies = new Map();
});
afterEach(() => vi.useRealTimers());

describe('backoffDelay', () => {
  it('doubles per attempt up to the cap, half of it random', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => backoffDelay(attempts, 0, BACKOFF))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect([1, 2, 3, 4, 5].map((attempts) => backoffDelay(attempts, 0.999999, BACKOFF))).toEqual([1000, 2000, 4000, 8000, 8000]);
  });
});

describe('delivery', () => {
  it('sends each citizen’s entries in order: the next waits until the one before it is delivered or rejected', async () => {
    const a1 = outbox.add('a');
    const b1 = outbox.add('b');
    const a2 = outbox.add('a');
    const a3 = outbox.add('a');
    replies.set(a1, [refused(503, 'internal_error')]);
    replies.set(a2, [refused(409, 'application_exists')]);
    const run = delivery();
    run.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([a1, b1]);
    await vi.advanceTimersByTimeAsync(749);
    expect(sent).toEqual([a1, b1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([a1, b1, a1, a2, a3]);
    expect([a1, b1, a2, a3].map((id) => outbox.get(id).state)).toEqual(['delivered', 'delivered', 'rejected', 'delivered']);
    await run.stop();
  });

  it('backs off exponentially with jitter after timeouts, connection errors and 5xx, and waits it out', async () => {
    const id = outbox.add('a');
    replies.set(id, [new KioskError('api.unreachable', 'refused'), refused(500, 'internal_error'), refused(502, 'bad_gateway'), new KioskError('api.timeout', 'slow')]);
    const randoms = [0, 0.5, 0.999];
    const run = delivery({ random: () => randoms.shift() ?? 0 });
    run.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.get(id)).toMatchObject({ attempts: 1, lastError: 'api.unreachable', nextAttemptAt: T0 + 500 });
    await vi.advanceTimersByTimeAsync(499);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(outbox.get(id)).toMatchObject({ attempts: 2, lastError: 'internal_error', nextAttemptAt: T0 + 500 + 1500 });
    await vi.advanceTimersByTimeAsync(1500);
    expect(outbox.get(id)).toMatchObject({ attempts: 3, lastError: 'bad_gateway', nextAttemptAt: T0 + 2000 + 3998 });
    await vi.advanceTimersByTimeAsync(3998);
    expect(outbox.get(id)).toMatchObject({ attempts: 4, lastError: 'api.timeout', nextAttemptAt: T0 + 5998 + 4000 });
    await vi.advanceTimersByTimeAsync(4000);
    expect(outbox.get(id)).toMatchObject({ state: 'delivered', attempts: 5, receipt: { status: 201, code: '2027031000001', at: T0 + 9998 } });
    await run.stop();
  });

  it('does not send anyone’s entry after a connection error until the backoff has passed: the API is out of reach for everyone', async () => {
    const a = outbox.add('a');
    const b = outbox.add('b');
    replies.set(a, [new KioskError('api.unreachable', 'refused')]);
    const run = delivery();
    run.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([a]);
    await vi.advanceTimersByTimeAsync(749);
    expect(sent).toEqual([a]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([a, a, b]);
    await run.stop();
  });

  it.each([
    [refused(409, 'application_exists'), 'application_exists'],
    [refused(422, 'idempotency_key_reused'), 'idempotency_key_reused'],
    [refused(400, 'validation_failed'), 'validation_failed'],
    [refused(401, 'grant_expired'), 'grant_expired'],
    [refused(403, 'grant_wrong_terminal'), 'grant_wrong_terminal'],
    [{ status: 404, body: 'not json' }, 'http_404'],
  ])('rejects a 4xx with the server’s code and never sends it again (%j)', async (reply, code) => {
    const id = outbox.add('a');
    replies.set(id, [reply]);
    const rejected: [string, string][] = [];
    const run = delivery({ onRejected: (...args) => rejected.push(args) });
    run.start();
    await vi.advanceTimersByTimeAsync(60_000);
    await run.notifyOnline();
    expect(sent).toEqual([id]);
    expect(outbox.get(id)).toMatchObject({ state: 'rejected', lastError: code, attempts: 1, settledAt: T0 });
    expect(rejected).toEqual([[id, code]]);
    await run.stop();
  });

  it('tries 408, 425 and 429 again (429 no sooner than retryAfterSeconds), and a 2xx without the contract’s answer', async () => {
    const id = outbox.add('a');
    const ladder = outbox.add('b', 'ladder.enrol');
    replies.set(id, [refused(429, 'too_many_requests', 30), refused(408, 'timeout'), refused(425, 'too_early'), { status: 201, body: {} }]);
    replies.set(ladder, [{ status: 200, body: { enrolled: true } }]);
    const run = delivery();
    run.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([id, ladder]);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(sent).toEqual([id, ladder]);
    await vi.advanceTimersByTimeAsync(1);
    expect(outbox.get(id)).toMatchObject({ attempts: 2, lastError: 'timeout' });
    await vi.advanceTimersByTimeAsync(1500 + 3000 + 6000);
    expect(outbox.get(id)).toMatchObject({ state: 'delivered', attempts: 5 });
    expect(outbox.get(ladder)).toMatchObject({ state: 'delivered', receipt: { status: 200, code: null } });
    expect(sent.filter((sentId) => sentId === id)).toHaveLength(5);
    await run.stop();
  });

  it('sends at once when connectivity returns, backoff or not', async () => {
    const id = outbox.add('a');
    replies.set(id, [new KioskError('api.unreachable', 'refused'), new KioskError('api.unreachable', 'refused'), new KioskError('api.unreachable', 'refused')]);
    const run = delivery({ backoff: { baseMs: 60_000, maxMs: 600_000 } });
    run.start();
    await vi.advanceTimersByTimeAsync(0);
    await run.notifyOnline();
    await run.notifyOnline();
    expect(sent).toEqual([id, id, id]);
    await run.notifyOnline();
    expect(outbox.get(id).state).toBe('delivered');
    await run.stop();
  });

  it('sends an entry as soon as it is queued, and nothing after stop()', async () => {
    const run = delivery();
    run.start();
    const first = outbox.add('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([first]);
    await run.stop();
    outbox.add('a');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual([first]);
  });

  it('abandons an attempt that gets no answer in timeoutMs (aborting it) and counts it a timeout', async () => {
    const id = outbox.add('a');
    const signals: AbortSignal[] = [];
    let hang = true;
    const run = delivery({
      send: (entry, signal) => {
        signals.push(signal);
        return hang ? new Promise(() => undefined) : scripted(entry, signal);
      },
    });
    run.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.inFlight.has(id)).toBe(true);
    hang = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(signals[0]!.aborted).toBe(true);
    expect(outbox.get(id)).toMatchObject({ state: 'pending', lastError: 'api.timeout' });
    expect(outbox.inFlight.has(id)).toBe(false);
    await vi.advanceTimersByTimeAsync(750);
    expect(outbox.get(id).state).toBe('delivered');
    await run.stop();
  });

  it('pauses when an outcome cannot be recorded (a full disk), and sends it again under the same key after', async () => {
    const id = outbox.add('a');
    const errors: unknown[] = [];
    outbox.failSettles(true);
    const run = delivery({ onError: (error) => errors.push(error) });
    run.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([id]);
    expect(errors).toMatchObject([{ code: 'outbox.disk_full' }]);
    expect(outbox.get(id)).toMatchObject({ state: 'pending', attempts: 0 });
    await vi.advanceTimersByTimeAsync(749);
    expect(sent).toEqual([id]);
    outbox.failSettles(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([id, id]);
    expect(outbox.get(id).state).toBe('delivered');
    await run.stop();
  });
});
