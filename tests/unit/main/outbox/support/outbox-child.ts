// A kiosk's main process reduced to its outbox, for the crash test
// (crash-restart.test.ts): opens the outbox in the job's folder, delivers
// to the central API, queues the job's entries one by one printing
// `ack <label> <id>` once each enqueue resolved, and when nothing waits
// any more prints every entry and `settled`. The parent kills it with
// SIGKILL at random moments. The key is the test host's safeStorage's,
// in KIOSK_HOST_USER_DATA, so every run reads what the last one wrote.
import { readFileSync } from 'node:fs';
import { createDelivery } from '../../../../../electron/main/services/outbox/delivery.ts';
import { createHttpSender } from '../../../../../electron/main/services/outbox/http-sender.ts';
import { createOutbox, type NewOutboxEntry } from '../../../../../electron/main/services/outbox/outbox.ts';
import { hostCipher } from './host-cipher.ts';

type Job = { dir: string; baseUrl: string; terminalId: string; entries: { label: string; entry: NewOutboxEntry }[] };
const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Job;

const outbox = await createOutbox({ dir: job.dir, cipher: hostCipher });
const waiting = () => outbox.entries().some((entry) => entry.state === 'pending');
let wake: () => void = () => undefined;
const delivery = createDelivery({
  outbox,
  send: createHttpSender({ baseUrl: job.baseUrl, terminalId: job.terminalId, version: 'test', timeoutMs: 1000 }),
  backoff: { baseMs: 2, maxMs: 20 },
  onDelivered: () => wake(),
  onRejected: () => wake(),
});
console.log(`ready ${outbox.problems().length}`);
delivery.start();
for (const { label, entry } of job.entries) console.log(`ack ${label} ${(await outbox.enqueue(entry)).id}`);
while (waiting()) await new Promise<void>((resolve) => (wake = resolve));
await delivery.stop();
for (const entry of outbox.entries()) console.log(`entry ${entry.id} ${entry.state} ${entry.receipt?.code ?? entry.lastError}`);
await outbox.close();
console.log('settled');
