import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewOutboxEntry } from '../../../../electron/main/services/outbox/outbox.ts';
import { seededRandom } from './support/fault-proxy.ts';
import { fileCount, plaintextFindings } from './support/plaintext-scan.ts';
import { TERMINAL_ID, personalData, referenceApi, submissions, type Citizen, type ReferenceApi } from './support/reference-api.ts';

const RUNS = 100;
const PER_RUN = 2;
const CHILD = join(import.meta.dirname, 'support', 'outbox-child.ts');

let api: ReferenceApi;
let citizens: Citizen[];
let root: string;
beforeAll(async () => {
  api = await referenceApi();
  citizens = await api.citizens(Math.ceil((RUNS * PER_RUN) / 3));
  root = mkdtempSync(join(tmpdir(), 'qk-outbox-crash-'));
}, 60_000);
afterAll(async () => {
  await api?.close();
  rmSync(root, { recursive: true, force: true });
});

type Run = { lines: string[]; killed: boolean };

/** Runs the child on `entries`; with `killAfterMs`, SIGKILLs it that long after it said it was ready. */
function runChild(dir: string, entries: { label: string; entry: NewOutboxEntry }[], killAfterMs: number | null): Promise<Run> {
  const jobFile = join(root, 'job.json');
  writeFileSync(jobFile, JSON.stringify({ dir, baseUrl: api.url, terminalId: TERMINAL_ID, entries }));
  const child = spawn(process.execPath, [CHILD, jobFile], {
    // The compile cache takes a third off each start: a hundred starts add up.
    env: { ...process.env, KIOSK_HOST_USER_DATA: join(root, 'key'), NODE_COMPILE_CACHE: join(root, 'compile-cache') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  let killed = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    if (line.startsWith('ready') && killAfterMs !== null) {
      setTimeout(() => (killed = child.kill('SIGKILL')), killAfterMs);
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ lines, killed: killed && signal === 'SIGKILL' });
      else reject(new Error(`the outbox child exited ${code ?? signal}: ${lines.join('\n')}`));
    });
  });
}

describe('the outbox killed with SIGKILL while it queues and delivers', () => {
  it('loses no acknowledged entry, sends none twice, and always opens its file cleanly', async () => {
    const dir = join(root, 'outbox');
    mkdirSync(dir);
    const random = seededRandom(7);
    const slots = submissions(await api.catalogVersion(), citizens).map((entry, index) => ({ label: `s${index}`, entry }));
    const acked = new Map<string, string>();
    const kills = { whileQueueing: 0, whileDelivering: 0 };
    for (let run = 0; run < RUNS; run += 1) {
      const batch = slots.slice(run * PER_RUN, (run + 1) * PER_RUN);
      const { lines, killed } = await runChild(dir, batch, Math.floor(random() * 25));
      expect(lines[0], `run ${run}`).toBe('ready 0');
      const acks = lines.filter((text) => text.startsWith('ack '));
      for (const line of acks) {
        const [, label, id] = line.split(' ') as [string, string, string];
        acked.set(label, id);
      }
      if (killed) kills[acks.length < batch.length ? 'whileQueueing' : 'whileDelivering'] += 1;
    }
    const final = await runChild(dir, [], null);
    expect(final.lines[0]).toBe('ready 0');
    expect(final.lines.at(-1)).toBe('settled');

    const entries = final.lines.filter((line) => line.startsWith('entry ')).map((line) => line.split(' ').slice(1) as [string, string, string]);
    const states = new Map(entries.map(([id, state, receipt]) => [id, { state, receipt }]));
    expect(kills.whileQueueing).toBeGreaterThan(10);
    expect(kills.whileDelivering).toBeGreaterThan(10);
    for (const [label, id] of acked) expect(states.get(id)?.state, label).toBe('delivered');
    expect(entries.filter(([, state]) => state !== 'delivered')).toEqual([]);
    const codes = await api.applicationCodes();
    expect(codes.sort()).toEqual(entries.map(([, , receipt]) => receipt).sort());
    expect(plaintextFindings(dir, personalData(citizens))).toEqual([]);
    expect(fileCount(dir)).toBeGreaterThan(0);
  }, 120_000);
});
