import { z } from 'zod';
import { submissionGrantSchema } from '../../../../shared/contract/grants.ts';
import type { OutboxCipher } from './cipher.ts';
import { OUTBOX_BODIES, OUTBOX_KINDS, type OutboxEntry, type OutboxKind, type OutboxState, type Receipt } from './entry.ts';
import { openJournal, type Journal } from './journal.ts';
import type { JournalRecord } from './journal-record.ts';
import { outboxError } from './outbox-errors.ts';
import { nodeFs, type OutboxFs } from './outbox-fs.ts';
import { DEFAULT_RETENTION, retentionAlerts, type OutboxAlert, type Retention } from './retention.ts';
import { settledEntry, type Settlement } from './settlement.ts';
import { outboxStatus, type OutboxProblem, type OutboxStatus } from './status.ts';
import { uuidv7 } from './uuid-v7.ts';

export interface OutboxOptions {
  /** The outbox's own folder, e.g. `<userData>/outbox` (created 0700). */
  dir: string;
  /** safeStorage through safeStorageCipher(); the outbox refuses to queue when it does not encrypt. */
  cipher: OutboxCipher;
  /** Milliseconds since the epoch (default Date.now). */
  now?: () => number;
  fs?: OutboxFs;
  retention?: Partial<Retention>;
  /** How long a delivered entry's receipt is kept after its body was dropped (default 24 h). */
  keepDeliveredMs?: number;
  /** A damaged file quarantined, or no encryption: for the log and the staff panel. */
  onProblem?: (problem: OutboxProblem) => void;
  /** The retention alerts changed (raised or cleared). */
  onAlert?: (alerts: OutboxAlert[]) => void;
}

/**
 * A request to queue. `id` is the Idempotency-Key when the request was
 * already sent online under one (a submission that timed out, then queued):
 * the same key makes the central API answer the first answer again instead
 * of creating a second record. Without it a new UUID v7 is made.
 */
export type NewOutboxEntry = {
  id?: string;
  kind: OutboxKind;
  /** An opaque id of the citizen's account (the session's account id); entries of one citizen are delivered in order. */
  citizenKey: string;
  /** The session's submission grant. */
  grant: { grant: string; expiresAt: string };
  body: unknown;
};

/** What enqueue answers: enough for the screen to say 已保存 and for a later receipt lookup. */
export type Enqueued = { id: string; kind: OutboxKind; state: OutboxState; enqueuedAt: number };

const newEntrySchema = z.object({
  id: z.uuid().optional(),
  kind: z.enum(OUTBOX_KINDS),
  citizenKey: z.string().min(1).max(128),
  grant: submissionGrantSchema.pick({ grant: true, expiresAt: true }),
  body: z.unknown(),
});

const DAY_MS = 24 * 3600 * 1000;
/** Fewer lines than this are not worth a rewrite. */
const COMPACT_AFTER_LINES = 64;

const sameRequest = (a: OutboxEntry, b: OutboxEntry) =>
  a.kind === b.kind && a.citizenKey === b.citizenKey && JSON.stringify(a.body) === JSON.stringify(b.body);

/**
 * Opens the outbox in `options.dir`: every request to the central API that
 * must survive the network being down, the session ending or the terminal
 * restarting. Entries are kept encrypted in an fsynced journal (journal.ts);
 * a damaged file is quarantined and what can be read of it kept. The
 * composition root hands the result to createDelivery().
 */
export async function createOutbox(options: OutboxOptions) {
  const { cipher, dir } = options;
  const now = options.now ?? Date.now;
  const retention: Retention = { ...DEFAULT_RETENTION, ...options.retention };
  const keepDeliveredMs = options.keepDeliveredMs ?? DAY_MS;
  const entries = new Map<string, OutboxEntry>();
  const inFlight = new Set<string>();
  const problems: OutboxProblem[] = [];
  const listeners = new Set<() => void>();
  let alertCodes = '';
  let compacting = false;
  let closed = false;
  let tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` after every write queued before it: the journal sees one change at a time. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  }

  function report(problem: OutboxProblem): void {
    problems.push(problem);
    options.onProblem?.(problem);
  }

  function apply(record: JournalRecord): void {
    if (record.op === 'put') entries.set(record.entry.id, record.entry);
    else entries.delete(record.id);
  }

  let journal: Journal | null = null;
  if (!cipher.encrypts()) {
    report({ code: 'outbox.unencrypted', at: now() });
  } else {
    try {
      const opened = await openJournal({ dir, cipher, fs: options.fs ?? nodeFs, now });
      journal = opened.journal;
      for (const record of opened.records) apply(record);
      if (opened.quarantined) report({ code: 'outbox.corrupt_record', at: now(), ...opened.quarantined });
    } catch (error) {
      // A folder that cannot be made or read (EACCES, EIO): the kiosk runs on, online only, and staff are told.
      report({ code: 'outbox.unavailable', at: now(), errno: (error as NodeJS.ErrnoException).code ?? null });
    }
  }

  function afterChange(): void {
    const alerts = retentionAlerts([...entries.values()], now(), retention);
    const codes = alerts.map((alert) => alert.code).join();
    if (codes !== alertCodes) {
      alertCodes = codes;
      options.onAlert?.(alerts);
    }
    if (!compacting && journal && journal.lines() >= COMPACT_AFTER_LINES && journal.lines() > 2 * entries.size) {
      compacting = true;
      void serial(compact).finally(() => (compacting = false));
    }
  }

  /** Rewrites the journal with one line per entry, leaving out receipts older than keepDeliveredMs. A failure (a full disk) leaves the journal as it was. */
  async function compact(): Promise<void> {
    const cutoff = now() - keepDeliveredMs;
    const expired = (entry: OutboxEntry) => entry.state === 'delivered' && (entry.settledAt ?? 0) < cutoff;
    const kept = [...entries.values()].filter((entry) => !expired(entry));
    try {
      await journal!.rewrite(kept.map((entry) => ({ op: 'put', entry })));
    } catch {
      return;
    }
    for (const entry of entries.values()) if (expired(entry)) entries.delete(entry.id);
  }

  async function commit(entry: OutboxEntry): Promise<void> {
    if (closed) throw outboxError('outbox.closed', 'the outbox is closed');
    if (!journal) throw outboxError('outbox.write_failed', 'the outbox could not be opened');
    const record: JournalRecord = { op: 'put', entry };
    await journal.append(record);
    apply(record);
    afterChange();
  }

  return {
    /**
     * Queues a request; resolves once it is encrypted and fsynced (the screen
     * may then say it is saved). Rejects outbox.unencrypted, disk_full,
     * write_failed, invalid_entry or closed, having written nothing.
     */
    enqueue(input: NewOutboxEntry): Promise<Enqueued> {
      if (!cipher.encrypts()) return Promise.reject(outboxError('outbox.unencrypted', 'safeStorage would store plain text'));
      if (!journal) return Promise.reject(outboxError('outbox.write_failed', 'the outbox could not be opened'));
      const parsed = newEntrySchema.safeParse(input);
      const body = parsed.success ? OUTBOX_BODIES[parsed.data.kind].safeParse(parsed.data.body) : undefined;
      if (!parsed.success || !body?.success) return Promise.reject(outboxError('outbox.invalid_entry', 'not an outbox entry'));
      const at = now();
      const { id = uuidv7(at), kind, citizenKey, grant } = parsed.data;
      const entry: OutboxEntry = {
        id,
        kind,
        citizenKey,
        grant: grant.grant,
        grantExpiresAt: Date.parse(grant.expiresAt),
        body: body.data,
        state: 'pending',
        attempts: 0,
        enqueuedAt: at,
        nextAttemptAt: at,
        lastError: null,
        settledAt: null,
        receipt: null,
      };
      return serial(async () => {
        const existing = entries.get(id);
        if (existing) {
          if (!sameRequest(existing, entry)) throw outboxError('outbox.invalid_entry', 'this id is queued with another request');
          return { id, kind, state: existing.state, enqueuedAt: existing.enqueuedAt };
        }
        await commit(entry);
        for (const listener of listeners) listener();
        return { id, kind, state: entry.state, enqueuedAt: at };
      });
    },

    /** Every entry in the order it was queued (bodies included: main only, never over IPC). */
    entries: (): OutboxEntry[] => [...entries.values()],

    /** Marks an entry as being sent (or no longer): in memory only. */
    setInFlight(id: string, sending: boolean): void {
      if (sending) inFlight.add(id);
      else inFlight.delete(id);
    },

    /** Records the outcome of an attempt on a pending entry, fsynced; a delivered one keeps only its receipt. */
    settle(id: string, settlement: Settlement): Promise<void> {
      return serial(async () => {
        const entry = entries.get(id);
        if (entry?.state !== 'pending') return;
        await commit(settledEntry(entry, settlement, now()));
      });
    },

    /** One entry by id (bodies included: main only). */
    find: (id: string): OutboxEntry | undefined => entries.get(id),

    /** The receipt of a delivered entry, while it is kept. */
    receipt: (id: string): Receipt | null => entries.get(id)?.receipt ?? null,

    /** Counts, the oldest waiting entry's age, rejections with their codes, alerts and problems: nothing personal. */
    status: (): OutboxStatus => outboxStatus([...entries.values()], inFlight, now(), retention, problems),

    problems: (): OutboxProblem[] => [...problems],

    /** Calls `listener` after each entry is queued; returns the unsubscribe. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Waits for the writes under way, then closes the file; later calls fail outbox.closed. */
    async close(): Promise<void> {
      await serial(async () => {
        closed = true;
        await journal?.close();
      });
    },
  };
}

export type Outbox = Awaited<ReturnType<typeof createOutbox>>;
