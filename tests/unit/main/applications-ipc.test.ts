import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KioskError } from '../../../electron/main/errors.ts';
import { createHandlers } from '../../../electron/main/ipc/handlers.ts';
import { ApiClient } from '../../../electron/main/services/api-client.ts';
import { createSubmissionKeys } from '../../../electron/main/services/applications/submission-keys.ts';
import { createCatalogCache } from '../../../electron/main/services/catalog/catalog-cache.ts';
import type { ReceiptPrinter } from '../../../electron/main/services/receipts/receipt-printer.ts';
import { createSendOrQueue } from '../../../electron/main/services/outbox/send-or-queue.ts';
import { CitizenSession } from '../../../electron/main/services/session/citizen-session.ts';
import { applicationServer, applicationApi } from '../server/support/application-api.ts';
import { SAMPLE_ACCOUNT } from './sample-account.ts';

const silent = { error() {}, warn() {}, info() {}, debug() {} };

/**
 * Main's application channels against the reference central API on
 * loopback: the handlers as the dispatcher calls them, the ApiClient as it
 * talks HTTP.
 */
describe('application channels against the reference API', () => {
  let server: FastifyInstance;
  let api: ApiClient;
  let helpers: ReturnType<typeof applicationApi>;

  beforeAll(async () => {
    server = await applicationServer();
    await server.listen({ host: '127.0.0.1', port: 0 });
    const address = server.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    helpers = applicationApi(server);
    api = new ApiClient({ baseUrl: `http://127.0.0.1:${address.port}`, timeoutMs: 5000, terminalId: 't1', version: 'test' });
  });
  afterAll(() => server.close());

  /** Handlers for a citizen logged in with `token`, in epoch 1. */
  async function handlersFor(token: string) {
    const session = new CitizenSession({ revoke: async () => undefined, onExpired: () => undefined });
    await session.begin({ token, expiresAt: new Date(Date.now() + 3600_000).toISOString(), account: SAMPLE_ACCOUNT }, 1);
    const catalog = createCatalogCache({ fetch: (held) => api.catalog(held), log: silent });
    const unused = {} as never;
    return createHandlers({
      config: unused,
      version: 'test',
      api,
      connectivity: unused,
      session,
      wipe: unused,
      idle: unused,
      catalog,
      submissionKeys: createSubmissionKeys(),
      receipts: { print: async () => 'file' } as ReceiptPrinter,
      // Always online here: send-or-queue.test.ts is about the outbox.
      sendOrQueue: createSendOrQueue({ session, outbox: { enqueue: unused, entries: () => [], find: unused }, online: () => true }),
      outbox: unused,
    });
  }

  it('reads the catalog with its ETag: the version held answers 304', async () => {
    const first = await api.catalog();
    expect(first.changed).toBe(true);
    const version = (first as { body: { version: string } }).body.version;
    expect(await api.catalog(version)).toEqual({ changed: false });
    expect(await api.catalog('hainan-0000000000000000')).toMatchObject({ changed: true });
  });

  it('sends a draft again under the same Idempotency-Key: one application, answered twice', async () => {
    const citizen = await helpers.newCitizen();
    const handlers = await handlersFor(citizen.token);
    const catalog = await handlers['catalog:get'](undefined, { epoch: 1 });
    const application = { ...(await helpers.hainanBody(citizen.idNumber)), catalogVersion: catalog.version };
    const draftId = randomUUID();

    const sent = async () => {
      const answer = await handlers['applications:submit']({ draftId, application }, { epoch: 1 });
      if (answer.outcome !== 'sent') throw new Error('queued while online');
      return answer.result;
    };
    const first = await sent();
    const again = await sent();
    expect(again.code).toBe(first.code);
    expect(first.status).toBe('new');
    const { applications } = await handlers['applications:list'](undefined, { epoch: 1 });
    expect(applications.map((summary) => summary.code)).toEqual([first.code]);

    // Another draft is another application: refused, as the citizen has one of this kind already.
    const other = handlers['applications:submit']({ draftId: randomUUID(), application }, { epoch: 1 });
    await expect(other).rejects.toBeInstanceOf(KioskError);
    await expect(other).rejects.toMatchObject({ code: 'application_exists' });
  });

  it('answers the receipt as a QR code of the application code', async () => {
    const citizen = await helpers.newCitizen();
    const handlers = await handlersFor(citizen.token);
    const receipt = await handlers['applications:receipt']({ code: '2027031000001' }, { epoch: 1 });
    expect(receipt.code).toBe('2027031000001');
    const svg = Buffer.from(receipt.qrImage.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(svg).not.toMatch(/<script/i);
  });
});
