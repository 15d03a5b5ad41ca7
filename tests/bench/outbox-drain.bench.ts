// Outbox drain throughput: 1,000 queued submissions delivered to the
// reference server on loopback (each attempt's outcome fsynced, bodies
// decrypted from the journal's entries held in memory) against 1,000 direct
// POSTs of the same kind of submissions through the same HTTP sender, to
// the same server, one at a time, in the same run. An account holds one
// active application per indicator kind, so each of the 2 × 334 citizens
// sends three (the Hainan kinds).
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Measured } from './run.ts';
import { createDelivery } from '../../electron/main/services/outbox/delivery.ts';
import type { OutboxEntry } from '../../electron/main/services/outbox/entry.ts';
import { createHttpSender } from '../../electron/main/services/outbox/http-sender.ts';
import { createOutbox } from '../../electron/main/services/outbox/outbox.ts';
import { hostCipher } from '../unit/main/outbox/support/host-cipher.ts';
import { TERMINAL_ID, referenceApi, submissions } from '../unit/main/outbox/support/reference-api.ts';

const ENTRIES = 1000;
const CITIZENS = Math.ceil(ENTRIES / 3);

export async function measure(): Promise<Measured> {
  const api = await referenceApi();
  const dir = mkdtempSync(join(tmpdir(), 'qk-bench-drain-'));
  try {
    const version = await api.catalogVersion();
    const [direct, queued] = [
      submissions(version, await api.citizens(CITIZENS)).slice(0, ENTRIES),
      submissions(version, await api.citizens(CITIZENS)).slice(0, ENTRIES),
    ];
    const send = createHttpSender({ baseUrl: api.url, terminalId: TERMINAL_ID, version: 'bench', timeoutMs: 10_000 });

    const directStart = performance.now();
    for (const input of direct) {
      const entry = { ...input, id: randomUUID(), grant: input.grant.grant } as unknown as OutboxEntry;
      const reply = await send(entry, new AbortController().signal);
      if (reply.status !== 201) throw new Error(`direct POST: ${reply.status} ${JSON.stringify(reply.body)}`);
    }
    const directMs = performance.now() - directStart;

    const outbox = await createOutbox({ dir, cipher: hostCipher });
    for (const input of queued) await outbox.enqueue(input);
    let delivered = 0;
    let drained: () => void = () => undefined;
    let refused: (error: Error) => void = () => undefined;
    const done = new Promise<void>((resolve, reject) => ((drained = resolve), (refused = reject)));
    const delivery = createDelivery({
      outbox,
      send,
      onDelivered: () => (delivered += 1) === ENTRIES && drained(),
      onRejected: (id, code) => refused(new Error(`rejected ${id}: ${code}`)),
    });
    const drainStart = performance.now();
    delivery.start();
    await done;
    const drainMs = performance.now() - drainStart;
    await delivery.stop();
    await outbox.close();
    return {
      name: `${ENTRIES} submissions to the reference server on loopback`,
      unit: 'ms',
      baseline: [`${ENTRIES} direct POSTs`, directMs],
      candidates: [[`outbox drain of ${ENTRIES} queued entries`, drainMs]],
    };
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
