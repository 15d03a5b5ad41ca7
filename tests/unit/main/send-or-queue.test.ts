import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/contract/accounts.ts';
import { localReferenceSchema, type OutboxSettled } from '../../../shared/outbox/queued.ts';
import { ApiClient } from '../../../electron/main/services/api-client.ts';
import { createSubmissionKeys } from '../../../electron/main/services/applications/submission-keys.ts';
import { safeStorageCipher } from '../../../electron/main/services/outbox/cipher.ts';
import { createDelivery } from '../../../electron/main/services/outbox/delivery.ts';
import { createHttpSender } from '../../../electron/main/services/outbox/http-sender.ts';
import { createOutbox, type Outbox } from '../../../electron/main/services/outbox/outbox.ts';
import { createSendOrQueue } from '../../../electron/main/services/outbox/send-or-queue.ts';
import { createSettledNotices } from '../../../electron/main/services/outbox/settled-notices.ts';
import { createHandlers } from '../../../electron/main/ipc/handlers.ts';
import { CitizenSession } from '../../../electron/main/services/session/citizen-session.ts';
import { SAMPLE_ACCOUNT } from './sample-account.ts';
import { hostCipher } from './outbox/support/host-cipher.ts';
import { seededRandom, startFaultProxy } from './outbox/support/fault-proxy.ts';
import { applicationBodies, referenceApi, TERMINAL_ID, type Citizen, type ReferenceApi } from './outbox/support/reference-api.ts';

/** A loopback port nobody listens on: the central API switched off. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/**
 * The three requests that can wait (submit, cancel, ladder enrolment) as
 * main's handlers make them: to the real reference API when it answers,
 * into a real outbox under the same Idempotency-Key when it does not, and
 * from there to the API with the citizen's submission grant.
 */
describe('send or queue', () => {
  let api: ReferenceApi;
  let catalogVersion: string;
  let offlineUrl: string;
  const dirs: string[] = [];
  const opened: Outbox[] = [];

  beforeAll(async () => {
    api = await referenceApi();
    catalogVersion = await api.catalogVersion();
    offlineUrl = await closedPort();
  });
  afterAll(() => api.close());
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((outbox) => outbox.close()));
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function newOutbox(cipher = hostCipher): Promise<Outbox> {
    const dir = mkdtempSync(join(tmpdir(), 'qk-send-or-queue-'));
    dirs.push(dir);
    const outbox = await createOutbox({ dir, cipher });
    opened.push(outbox);
    return outbox;
  }

  /** A terminal whose ApiClient talks to `baseUrl`, with `citizen` logged in (in epoch 1), its grant kept unless `withGrant` is false. */
  async function terminal(baseUrl: string, citizen: Citizen, options: { online?: boolean | null; withGrant?: boolean; timeoutMs?: number; outbox?: Outbox } = {}) {
    const client = new ApiClient({ baseUrl, timeoutMs: options.timeoutMs ?? 2000, terminalId: TERMINAL_ID, version: 'test' });
    const session = new CitizenSession({ revoke: async () => undefined, onExpired: () => undefined });
    const account: Account = { ...SAMPLE_ACCOUNT, id: citizen.accountId };
    const grant = options.withGrant === false ? {} : { submissionGrant: { ...citizen.grant, terminalId: TERMINAL_ID } };
    await session.begin({ token: citizen.token, expiresAt: citizen.grant.expiresAt, account, ...grant }, 1);
    const outbox = options.outbox ?? (await newOutbox());
    const told: OutboxSettled[] = [];
    const settled = createSettledNotices({ isCurrent: (epoch) => session.isCurrent(epoch), emit: (notice) => told.push(notice) });
    const sendOrQueue = createSendOrQueue({
      session,
      outbox,
      online: () => options.online ?? null,
      onQueued: (enqueued, epoch) => settled.watch(enqueued.id, epoch),
    });
    const keys = createSubmissionKeys();
    const submit = (draftId: string, body: unknown) => {
      const key = keys.keyFor(draftId, 1);
      return sendOrQueue({ kind: 'application.submit', key, body, epoch: 1, send: (token) => client.submitApplication(token, key, body as never) });
    };
    /** Delivers what the outbox holds to the reference API itself, as the composition root's delivery does once it is back. */
    async function deliverAll(): Promise<void> {
      const delivery = createDelivery({
        outbox,
        send: createHttpSender({ baseUrl: api.url, terminalId: TERMINAL_ID, version: 'test', timeoutMs: 2000 }),
        onDelivered: settled.delivered,
        onRejected: settled.rejected,
      });
      delivery.start();
      await expect.poll(() => outbox.entries().filter((entry) => entry.state === 'pending').length, { timeout: 10_000 }).toBe(0);
      await delivery.stop();
    }
    const unused = {} as never;
    const handlers = createHandlers({
      ...{ config: unused, version: 'test', connectivity: unused, wipe: unused, idle: unused, catalog: unused, receipts: unused },
      api: client,
      session,
      submissionKeys: keys,
      sendOrQueue,
      outbox,
    });
    return { session, outbox, submit, deliverAll, told, handlers };
  }

  const bodyOf = (citizen: Citizen) => applicationBodies(catalogVersion, citizen)[0]!;

  it('sends at once when the central API answers: nothing queued', async () => {
    const [citizen] = await api.citizens(1);
    const kiosk = await terminal(api.url, citizen!);
    const answer = await kiosk.submit(randomUUID(), bodyOf(citizen!));
    expect(answer).toMatchObject({ outcome: 'sent', result: { status: 'new' } });
    expect(kiosk.outbox.entries()).toHaveLength(0);
  });

  it('queues under the draft’s Idempotency-Key when the central API is unreachable, and delivers it once with the grant', async () => {
    const [citizen] = await api.citizens(1);
    const kiosk = await terminal(offlineUrl, citizen!);
    const before = await api.applicationCodes();
    const draftId = randomUUID();
    const answer = await kiosk.submit(draftId, bodyOf(citizen!));
    if (answer.outcome !== 'queued') throw new Error('sent to nobody');
    expect(localReferenceSchema.parse(answer.queued.reference)).toBe(answer.queued.reference);
    expect(answer.queued.kind).toBe('application.submit');
    expect(kiosk.outbox.entries().map((entry) => entry.id)).toEqual([answer.queued.id]);
    // Tapping 提交 again queues nothing new.
    const again = await kiosk.submit(draftId, bodyOf(citizen!));
    expect(again).toMatchObject({ outcome: 'queued', queued: { id: answer.queued.id } });
    expect(kiosk.outbox.entries()).toHaveLength(1);

    await kiosk.deliverAll();
    const codes = (await api.applicationCodes()).filter((code) => !before.includes(code));
    expect(codes).toHaveLength(1);
    expect(kiosk.outbox.receipt(answer.queued.id)).toMatchObject({ status: 201, code: codes[0] });
    expect(kiosk.told).toEqual([{ id: answer.queued.id, state: 'delivered', code: codes[0] }]);
  });

  it.each([
    ['its answer was lost', 'reply_lost'],
    ['a gateway answered 502', 'bad_gateway_after_commit'],
  ] as const)('a submission the API committed but %s is queued under the same key and answered once', async (_what, fault) => {
    const [citizen] = await api.citizens(1);
    const proxy = await startFaultProxy(api.url, seededRandom(1), { [fault]: 1 });
    try {
      const kiosk = await terminal(proxy.url, citizen!, { timeoutMs: 400 });
      const before = await api.applicationCodes();
      const answer = await kiosk.submit(randomUUID(), bodyOf(citizen!));
      expect(answer.outcome).toBe('queued');
      expect(proxy.counts[fault]).toBe(1);
      const committed = (await api.applicationCodes()).filter((code) => !before.includes(code));
      expect(committed).toHaveLength(1);

      await kiosk.deliverAll();
      expect((await api.applicationCodes()).filter((code) => !before.includes(code))).toEqual(committed);
      expect(kiosk.told).toEqual([{ id: expect.any(String), state: 'delivered', code: committed[0] }]);
    } finally {
      await proxy.close();
    }
  });

  it('a cancellation and a ladder enrolment are queued too, through the IPC handlers, and each is delivered or refused with the server’s code', async () => {
    const [citizen] = await api.citizens(1);
    const sent = await (await terminal(api.url, citizen!)).submit(randomUUID(), bodyOf(citizen!));
    if (sent.outcome !== 'sent') throw new Error('not sent');
    const kiosk = await terminal(offlineUrl, citizen!);
    const cancel = await kiosk.handlers['applications:cancel']({ code: sent.result.code }, { epoch: 1 });
    const cancelAgain = await kiosk.handlers['applications:cancel']({ code: sent.result.code }, { epoch: 1 });
    const enrol = await kiosk.handlers['ladder:enrol'](undefined, { epoch: 1 });
    expect([cancel, enrol]).toMatchObject([
      { outcome: 'queued', queued: { kind: 'application.cancel' } },
      { outcome: 'queued', queued: { kind: 'ladder.enrol' } },
    ]);
    expect(cancelAgain).toEqual(cancel);

    await kiosk.deliverAll();
    const states = kiosk.outbox.entries().map((entry) => [entry.kind, entry.state, entry.lastError]);
    // Hainan has no ladder lottery: the enrolment is refused, kept for staff with the server's code, and not sent again.
    expect(states).toEqual([
      ['application.cancel', 'delivered', null],
      ['ladder.enrol', 'rejected', 'ladder_not_offered'],
    ]);
    expect(kiosk.outbox.status().rejected).toMatchObject([{ kind: 'ladder.enrol', code: 'ladder_not_offered' }]);
    const online = await terminal(api.url, citizen!);
    expect(await online.handlers['applications:get']({ code: sent.result.code }, { epoch: 1 })).toMatchObject({ status: 'cancelled' });
    expect(kiosk.told.map((notice) => notice.state)).toEqual(['delivered', 'rejected']);
    // Asked again, still offline, in the same session: the refusal, not "saved" a second time.
    await expect(kiosk.handlers['ladder:enrol'](undefined, { epoch: 1 })).rejects.toMatchObject({ code: 'ladder_not_offered' });
  });

  it('does not try the central API when connectivity already says it is out of reach', async () => {
    const [citizen] = await api.citizens(1);
    const proxy = await startFaultProxy(api.url, seededRandom(2), {});
    try {
      const kiosk = await terminal(proxy.url, citizen!, { online: false });
      expect((await kiosk.submit(randomUUID(), bodyOf(citizen!))).outcome).toBe('queued');
      expect(proxy.counts.pass).toBe(0);
    } finally {
      await proxy.close();
    }
  });

  it('queues a citizen’s next request behind the ones still waiting, even with the API back', async () => {
    const [citizen] = await api.citizens(1);
    const outbox = await newOutbox();
    const offline = await terminal(offlineUrl, citizen!, { outbox });
    const first = await offline.submit(randomUUID(), bodyOf(citizen!));
    const online = await terminal(api.url, citizen!, { outbox, online: true });
    const second = await online.submit(randomUUID(), applicationBodies(catalogVersion, citizen!)[1]!);
    expect([first.outcome, second.outcome]).toEqual(['queued', 'queued']);
    await online.deliverAll();
    expect(outbox.entries().map((entry) => entry.state)).toEqual(['delivered', 'delivered']);
  });

  it('without a submission grant nothing can be delivered later: unreachable, as without an outbox, and nothing saved', async () => {
    const [citizen] = await api.citizens(1);
    const kiosk = await terminal(offlineUrl, citizen!, { withGrant: false });
    await expect(kiosk.submit(randomUUID(), bodyOf(citizen!))).rejects.toMatchObject({ code: 'api.unreachable' });
    expect(kiosk.outbox.entries()).toHaveLength(0);
  });

  it('a terminal whose safeStorage is basic_text refuses to queue: outbox.unencrypted, nothing on disk', async () => {
    const [citizen] = await api.citizens(1);
    const basicText = safeStorageCipher(
      { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'basic_text', encryptString: (plain) => Buffer.from(plain), decryptString: (b) => b.toString() },
      'linux',
    );
    const kiosk = await terminal(offlineUrl, citizen!, { outbox: await newOutbox(basicText) });
    await expect(kiosk.submit(randomUUID(), bodyOf(citizen!))).rejects.toMatchObject({ code: 'outbox.unencrypted' });
    expect(kiosk.outbox.status().problems).toMatchObject([{ code: 'outbox.unencrypted' }]);
  });

  it('tells only the session that queued a request how it ended: after the wipe, nobody', async () => {
    const [citizen] = await api.citizens(1);
    const kiosk = await terminal(offlineUrl, citizen!);
    expect((await kiosk.submit(randomUUID(), bodyOf(citizen!))).outcome).toBe('queued');
    kiosk.session.advance();
    await kiosk.deliverAll();
    expect(kiosk.outbox.entries().map((entry) => entry.state)).toEqual(['delivered']);
    expect(kiosk.told).toEqual([]);
  });
});
