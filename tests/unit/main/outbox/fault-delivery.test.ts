import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDelivery } from '../../../../electron/main/services/outbox/delivery.ts';
import { createHttpSender } from '../../../../electron/main/services/outbox/http-sender.ts';
import { createOutbox } from '../../../../electron/main/services/outbox/outbox.ts';
import { FAULTS, seededRandom, startFaultProxy } from './support/fault-proxy.ts';
import { hostCipher } from './support/host-cipher.ts';
import { fileCount, plaintextFindings } from './support/plaintext-scan.ts';
import { TERMINAL_ID, personalData, referenceApi, submissions, type Citizen, type ReferenceApi } from './support/reference-api.ts';

const CITIZENS = 100; // three submissions each: 300
const SEED = 20270302;

let api: ReferenceApi;
let citizens: Citizen[];
let dir: string;
beforeAll(async () => {
  api = await referenceApi();
  citizens = await api.citizens(CITIZENS);
  dir = mkdtempSync(join(tmpdir(), 'qk-outbox-faults-'));
}, 60_000);
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('delivery through a faulty network, to the real reference server', () => {
  it('brings each of 300 submissions to the server exactly once: drops, delays, 500s, resets and lost replies after commit', async () => {
    const random = seededRandom(SEED);
    const proxy = await startFaultProxy(api.url, random, {
      drop: 0.08,
      delay: 0.1,
      error_500: 0.08,
      reset_after_commit: 0.08,
      bad_gateway_after_commit: 0.08,
      reply_lost: 0.04,
    });
    const outbox = await createOutbox({ dir, cipher: hostCipher });
    const entries = submissions(await api.catalogVersion(), citizens);
    const ids = [];
    for (const entry of entries) ids.push((await outbox.enqueue(entry)).id);

    const settled = new Set<string>();
    let allSettled: () => void;
    const done = new Promise<void>((resolve) => (allSettled = resolve));
    const settle = (id: string) => {
      settled.add(id);
      if (settled.size === entries.length) allSettled();
    };
    const delivery = createDelivery({
      outbox,
      send: createHttpSender({ baseUrl: proxy.url, terminalId: TERMINAL_ID, version: 'test', timeoutMs: 250 }),
      timeoutMs: 1000,
      backoff: { baseMs: 2, maxMs: 20 },
      random,
      onDelivered: settle,
      onRejected: settle,
    });
    try {
      delivery.start();
      await done;
    } finally {
      await delivery.stop();
      await proxy.close();
    }

    const status = outbox.status();
    expect(status.counts).toEqual({ pending: 0, delivering: 0, delivered: 300, rejected: 0 });
    for (const fault of FAULTS) expect(proxy.counts[fault], fault).toBeGreaterThan(0);
    const receipts = ids.map((id) => outbox.receipt(id)?.code);
    const codes = await api.applicationCodes();
    expect(codes).toHaveLength(300);
    expect(new Set(receipts)).toEqual(new Set(codes));
    await outbox.close();

    expect(fileCount(dir)).toBeGreaterThan(0);
    expect(plaintextFindings(dir, personalData(citizens))).toEqual([]);
  }, 90_000);
});
