// Outbox enqueue latency (p50, p99), until the entry is encrypted and on
// disk: the journal the outbox uses (one record appended, fdatasync) and an
// electron-store-like file rewritten whole on every change (temp file, fsync,
// rename, fsync of the folder), each against a bare write + fsync of the
// same record's bytes, interleaved in the same run. The queue grows to
// SAMPLES entries as it goes, as a terminal's does while the network is
// down. electron/main/services/outbox/journal.ts says why the journal.
import { mkdtempSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Measured } from './run.ts';
import type { OutboxEntry } from '../../electron/main/services/outbox/entry.ts';
import { encodeRecord } from '../../electron/main/services/outbox/journal-record.ts';
import { createOutbox } from '../../electron/main/services/outbox/outbox.ts';
import { writeAll } from '../../electron/main/services/outbox/outbox-fs.ts';
import { hostCipher } from '../unit/main/outbox/support/host-cipher.ts';
import { OFFLINE_CITIZEN as citizen, applicationBodies } from '../unit/main/outbox/support/reference-api.ts';

const SAMPLES = 400;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function timedMicros(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1000;
}

/** The alternative: every entry in one encrypted file, rewritten atomically on each change. */
function wholeFileStore(dir: string) {
  const entries: unknown[] = [];
  return async (entry: unknown): Promise<void> => {
    entries.push(entry);
    const data = hostCipher.encrypt(JSON.stringify(entries));
    const temp = join(dir, 'outbox.json.tmp');
    const out = await open(temp, 'w', 0o600);
    try {
      await writeAll(out, data, 0);
      await out.sync();
    } finally {
      await out.close();
    }
    await rename(temp, join(dir, 'outbox.json'));
    const folder = await open(dir, 'r');
    await folder.sync();
    await folder.close();
  };
}

export async function measure(): Promise<Measured[]> {
  const root = mkdtempSync(join(tmpdir(), 'qk-bench-enqueue-'));
  try {
    const outbox = await createOutbox({ dir: join(root, 'journal'), cipher: hostCipher });
    const whole = wholeFileStore(root);
    const raw = await open(join(root, 'raw'), 'w', 0o600);
    let rawSize = 0;
    const bodies = applicationBodies('hainan-0123456789abcdef', citizen);
    const times = { raw: [] as number[], journal: [] as number[], whole: [] as number[] };
    for (let i = 0; i < SAMPLES; i += 1) {
      const input = { kind: 'application.submit' as const, citizenKey: `citizen-${i}`, grant: citizen.grant, body: bodies[i % 3] };
      const entry: OutboxEntry = {
        id: '01890a5d-ac96-774b-bcce-b302099a8057', ...input, grant: input.grant.grant, grantExpiresAt: 0, state: 'pending',
        attempts: 0, enqueuedAt: 0, nextAttemptAt: 0, lastError: null, settledAt: null, receipt: null,
      };
      const bytes = encodeRecord({ op: 'put', entry }, hostCipher);
      times.raw.push(
        await timedMicros(async () => {
          await writeAll(raw, bytes, rawSize);
          await raw.sync();
        }),
      );
      rawSize += bytes.length;
      times.journal.push(await timedMicros(() => outbox.enqueue(input)));
      times.whole.push(await timedMicros(() => whole(entry)));
    }
    await raw.close();
    await outbox.close();
    return [0.5, 0.99].map((p) => ({
      name: `outbox enqueue p${Math.round(p * 100)}, ${SAMPLES} entries queued one by one`,
      unit: 'µs',
      baseline: ['write + fsync of the same record', percentile(times.raw, p)],
      candidates: [
        ['journal: append + fdatasync (the outbox)', percentile(times.journal, p)],
        ['whole file: temp + fsync + rename + fsync dir (electron-store-like)', percentile(times.whole, p)],
      ],
    }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
