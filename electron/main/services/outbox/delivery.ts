import { KioskError } from '../../errors.ts';
import { backoffDelay, DEFAULT_BACKOFF, type Backoff } from './backoff.ts';
import type { OutboxEntry, Receipt } from './entry.ts';
import { outcomeOf, type Outcome, type Reply } from './outcome.ts';
import type { Outbox } from './outbox.ts';
import type { Settlement } from './settlement.ts';

/**
 * The port to the central API: sends one entry (its id as the
 * Idempotency-Key, its grant as Authorization) and answers the status and
 * body whatever the status; throws only when no answer came (connection
 * refused or reset, timeout, abort). http-sender.ts is the real one.
 */
export type OutboxSend = (entry: OutboxEntry, signal: AbortSignal) => Promise<Reply>;

export interface DeliveryOptions {
  outbox: Pick<Outbox, 'entries' | 'settle' | 'setInFlight' | 'subscribe'>;
  send: OutboxSend;
  /** An attempt with no answer after this long is abandoned and tried again (default 15 s). */
  timeoutMs?: number;
  backoff?: Partial<Backoff>;
  /** Milliseconds since the epoch (default Date.now). */
  now?: () => number;
  /** In [0, 1) (default Math.random): the jitter of the backoff. */
  random?: () => number;
  onDelivered?: (id: string, receipt: Receipt) => void;
  /** Refused by the central API with `code`: kept for staff, not sent again. */
  onRejected?: (id: string, code: string) => void;
  /** An outcome could not be recorded (a full disk): delivery pauses as after a failed attempt. */
  onError?: (error: unknown) => void;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function transportCode(error: unknown): string {
  return error instanceof KioskError ? error.code : 'api.unreachable';
}

/** `work`, or a rejection (and `controller` aborted) after `ms`. */
function withTimeout<T>(work: Promise<T>, controller: AbortController, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new KioskError('api.timeout', 'the central API did not answer in time'));
    }, ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** The first pending entry of each citizen, in queue order: only these may be sent. */
function heads(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.state !== 'pending' || seen.has(entry.citizenKey)) return false;
    seen.add(entry.citizenKey);
    return true;
  });
}

/**
 * Delivers the outbox's entries to the central API, one request at a time:
 * in queue order for each citizen (a citizen's next entry waits for the one
 * before it to be delivered or rejected); timeouts, connection errors, 5xx,
 * 408, 425 and 429 are tried again after an exponential backoff with jitter
 * (after a timeout or a connection error no entry at all is sent until it
 * has passed: the API is out of reach for everyone; after a 5xx the other
 * citizens' entries go on); other 4xx are rejected (outcome.ts). It runs when an entry is
 * queued, when a backoff ends, and at once when notifyOnline() says the
 * central API is back (the connectivity monitor's onChange).
 */
export function createDelivery(options: DeliveryOptions) {
  const { outbox, send } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const backoff: Backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  let started = false;
  let pass: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** No attempt before this: the last one got no answer at all (the network or the API is down for everyone). */
  let pausedUntil = 0;
  /** Entries notifyOnline() made due before their backoff ended. */
  const forced = new Set<string>();
  let sending: AbortController | undefined;
  let unsubscribe: (() => void) | undefined;

  function nextDue(at: number): OutboxEntry | undefined {
    if (at < pausedUntil) return undefined;
    return heads(outbox.entries()).find((entry) => forced.has(entry.id) || entry.nextAttemptAt <= at);
  }

  function settlementOf(entry: OutboxEntry, outcome: Outcome, at: number): Settlement {
    if (outcome.type === 'delivered') return { type: 'delivered', receipt: { ...outcome.receipt, at } };
    if (outcome.type === 'rejected') return outcome;
    const wait = Math.max(outcome.retryAfterMs ?? 0, backoffDelay(entry.attempts + 1, random(), backoff));
    return { type: 'retry', code: outcome.code, nextAttemptAt: at + wait };
  }

  async function attempt(entry: OutboxEntry): Promise<void> {
    forced.delete(entry.id);
    outbox.setInFlight(entry.id, true);
    const controller = new AbortController();
    sending = controller;
    let outcome: Outcome;
    let answered = true;
    try {
      outcome = outcomeOf(entry.kind, await withTimeout(send(entry, controller.signal), controller, timeoutMs));
    } catch (error) {
      answered = false;
      outcome = { type: 'retry', code: transportCode(error) };
    } finally {
      sending = undefined;
    }
    const settlement = settlementOf(entry, outcome, now());
    try {
      await outbox.settle(entry.id, settlement);
    } catch (error) {
      options.onError?.(error);
      pausedUntil = now() + backoffDelay(1, random(), backoff);
      return;
    } finally {
      outbox.setInFlight(entry.id, false);
    }
    if (settlement.type === 'retry') {
      if (!answered) pausedUntil = settlement.nextAttemptAt;
    } else if (settlement.type === 'delivered') options.onDelivered?.(entry.id, settlement.receipt);
    else options.onRejected?.(entry.id, settlement.code);
  }

  function schedule(): void {
    clearTimeout(timer);
    if (!started) return;
    const waiting = heads(outbox.entries());
    if (waiting.length === 0) return;
    const wakeAt = Math.max(pausedUntil, Math.min(...waiting.map((entry) => entry.nextAttemptAt)));
    timer = setTimeout(() => void run(), Math.max(0, wakeAt - now()));
  }

  /** Sends what is due until nothing is, then sleeps until the next entry is; a call during a pass makes it look again. */
  function run(): Promise<void> {
    if (!started) return Promise.resolve();
    if (pass) {
      again = true;
      return pass;
    }
    clearTimeout(timer);
    pass = (async () => {
      do {
        again = false;
        for (let entry = nextDue(now()); entry && started; entry = nextDue(now())) await attempt(entry);
      } while (again && started);
    })().finally(() => {
      pass = null;
      schedule();
    });
    return pass;
  }

  return {
    /** Starts delivering: what is due now, then on every enqueue and backoff. */
    start(): void {
      if (started) return;
      started = true;
      unsubscribe = options.outbox.subscribe(() => void run());
      void run();
    },

    /** The central API answers again: every waiting entry is due now, backoff or not. Resolves when that pass ends. */
    notifyOnline(): Promise<void> {
      pausedUntil = 0;
      for (const entry of heads(outbox.entries())) forced.add(entry.id);
      return run();
    },

    /** Resolves when no pass is under way. */
    idle: (): Promise<void> => pass ?? Promise.resolve(),

    /** Stops: the request under way is abandoned (it will be sent again under the same key), no timer is left. */
    async stop(): Promise<void> {
      started = false;
      clearTimeout(timer);
      unsubscribe?.();
      sending?.abort();
      await pass;
    },
  };
}

export type Delivery = ReturnType<typeof createDelivery>;
