import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS, DEV_API_PATHS, apiPath } from '../../../shared/contract/paths.ts';
import { sessionSchema } from '../../../shared/contract/sessions.ts';
import { PASSWORD, countRows, errorOf } from './support/account-api.ts';
import { MARCH_2_2027, applicationApi, applicationServer, type ApplicationApi } from './support/application-api.ts';

const TERMINAL = 'HK-HALL-03';
const HOURS_72 = 72 * 3600;

let app: FastifyInstance;
let api: ApplicationApi;
beforeEach(async () => {
  app = await applicationServer();
  api = applicationApi(app);
});
afterEach(async () => app.close());

/** A password login from a terminal; the session with its grant. */
async function terminalLogin(target: FastifyInstance, phone: string, terminalId: string | null = TERMINAL) {
  const response = await target.inject({
    method: 'POST',
    url: API_PATHS.sessions,
    payload: { userType: 'personal', phone, password: PASSWORD, ...(await applicationApi(target).solvedCaptcha()) },
    headers: terminalId === null ? {} : { 'x-terminal-id': terminalId },
  });
  expect(response.statusCode, response.body).toBe(201);
  return sessionSchema.parse(response.json());
}

/** A citizen logged in at TERMINAL, then logged out: only the grant is left. */
async function grantOnly() {
  const citizen = await api.newCitizen();
  const session = await terminalLogin(app, citizen.phone);
  await app.inject({ method: 'DELETE', url: API_PATHS.currentSession, headers: { authorization: `Bearer ${session.token}` } });
  return { ...citizen, grant: session.submissionGrant!.grant };
}

function withGrant(grant: string, url: string, payload: object, key: string = randomUUID(), terminalId: string | null = TERMINAL): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    payload,
    headers: { authorization: `Grant ${grant}`, 'idempotency-key': key, ...(terminalId === null ? {} : { 'x-terminal-id': terminalId }) },
  });
}

describe('submission grants', () => {
  it('come with a login from a terminal: bound to it, valid 72 hours; none without X-Terminal-Id', async () => {
    const citizen = await api.newCitizen();
    const session = await terminalLogin(app, citizen.phone);
    expect(session.submissionGrant).toEqual({
      grant: expect.stringMatching(/^qkg1\.[\w-]+\.[\w-]+$/),
      expiresAt: new Date(MARCH_2_2027 + HOURS_72 * 1000).toISOString(),
      terminalId: TERMINAL,
    });
    expect(session.submissionGrant!.grant).not.toContain(citizen.phone);
    expect((await terminalLogin(app, citizen.phone, null)).submissionGrant).toBeUndefined();
    expect((await terminalLogin(app, citizen.phone, '../etc')).submissionGrant).toBeUndefined();
  });

  it('deliver an application after the session ended, under the same Idempotency-Key rules', async () => {
    const citizen = await grantOnly();
    const body = await api.hainanBody(citizen.idNumber);
    const key = randomUUID();
    const first = await withGrant(citizen.grant, API_PATHS.applications, body, key);
    expect(first.statusCode, first.body).toBe(201);
    const again = await withGrant(citizen.grant, API_PATHS.applications, body, key);
    expect([again.statusCode, again.json()]).toEqual([201, first.json()]);
    const other = await withGrant(citizen.grant, API_PATHS.applications, { ...body, commitments: ['truthful'] }, key);
    expect([other.statusCode, errorOf(other).code]).toEqual([422, 'idempotency_key_reused']);
    expect(countRows(app, 'applications')).toBe(1);
  });

  it('answer what a bearer request under the same key was answered (a submission that timed out, then queued)', async () => {
    const citizen = await api.newCitizen();
    const session = await terminalLogin(app, citizen.phone);
    const body = await api.hainanBody(citizen.idNumber);
    const key = randomUUID();
    const online = await api.submit(session.token, body, key);
    const queued = await withGrant(session.submissionGrant!.grant, API_PATHS.applications, body, key);
    expect([queued.statusCode, queued.json()]).toEqual([201, online.json()]);
    expect(countRows(app, 'applications')).toBe(1);
  });

  it('refuse an expired grant (401 grant_expired), a forged one (401 grant_invalid), another terminal’s (403 grant_wrong_terminal)', async () => {
    const citizen = await grantOnly();
    const body = await api.hainanBody(citizen.idNumber);
    const [prefix, claims, signature] = citizen.grant.split('.') as [string, string, string];
    const otherAccount = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(claims, 'base64url').toString()), a: randomUUID() })).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('A') ? 'B' : 'A'}${signature.slice(-1)}`;
    const cases: [string, string | null, number, string][] = [
      [`${prefix}.${otherAccount}.${signature}`, TERMINAL, 401, 'grant_invalid'],
      [`${prefix}.${claims}.${flipped}`, TERMINAL, 401, 'grant_invalid'],
      [`qkg1.${'A'.repeat(40)}`, TERMINAL, 401, 'grant_invalid'],
      [citizen.grant, 'HK-HALL-04', 403, 'grant_wrong_terminal'],
      [citizen.grant, null, 403, 'grant_wrong_terminal'],
    ];
    for (const [grant, terminal, status, code] of cases) {
      const response = await withGrant(grant, API_PATHS.applications, body, randomUUID(), terminal);
      expect([response.statusCode, errorOf(response).code], grant).toEqual([status, code]);
    }
    await api.advance(HOURS_72 - 1);
    expect((await withGrant(citizen.grant, API_PATHS.ladderEnrolment, {})).statusCode).toBe(404);
    await api.advance(1);
    const expired = await withGrant(citizen.grant, API_PATHS.applications, body);
    expect([expired.statusCode, errorOf(expired).code]).toEqual([401, 'grant_expired']);
    expect(countRows(app, 'applications')).toBe(0);
  });

  it('cancel an application, with an optional Idempotency-Key', async () => {
    const citizen = await grantOnly();
    const created = await withGrant(citizen.grant, API_PATHS.applications, await api.hainanBody(citizen.idNumber));
    const url = apiPath(API_PATHS.applicationCancellation, { code: created.json<{ code: string }>().code });
    const key = randomUUID();
    const cancelled = await withGrant(citizen.grant, url, {}, key);
    expect([cancelled.statusCode, cancelled.json<{ status: string }>().status]).toEqual([200, 'cancelled']);
    expect((await withGrant(citizen.grant, url, {}, key)).json()).toEqual(cancelled.json());
    const reused = await withGrant(citizen.grant, API_PATHS.ladderEnrolment, {}, key);
    expect([reused.statusCode, errorOf(reused).code]).toEqual([422, 'idempotency_key_reused']);
    const keyless = await app.inject({ method: 'POST', url, payload: {}, headers: { authorization: `Grant ${citizen.grant}`, 'x-terminal-id': TERMINAL } });
    expect(keyless.statusCode).toBe(200);
  });

  it('enrol in the ladder lottery (Hangzhou)', async () => {
    await app.close();
    app = await applicationServer({ catalog: 'hangzhou' });
    api = applicationApi(app);
    const citizen = await grantOnly();
    const enrolled = await withGrant(citizen.grant, API_PATHS.ladderEnrolment, {});
    expect([enrolled.statusCode, enrolled.json<{ enrolled: boolean }>().enrolled]).toEqual([200, true]);
  });

  it('outlive a restart on the same database; a configured secret is shared by the servers of a deployment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qk-grants-'));
    const servers: FastifyInstance[] = [];
    try {
      const open = async (options: { dbPath: string; grantSecret?: string }) => {
        const server = await applicationServer(options);
        servers.push(server);
        return server;
      };
      const check = async (server: FastifyInstance, grant: string) =>
        (await server.inject({ method: 'POST', url: API_PATHS.ladderEnrolment, payload: {}, headers: { authorization: `Grant ${grant}`, 'x-terminal-id': TERMINAL } }))
          .json<{ error: { code: string } }>().error.code;

      const grantSecret = 'k'.repeat(32);
      const issued = async (options: { dbPath: string; grantSecret?: string }) => {
        const server = await open(options);
        const { grant } = (await terminalLogin(server, (await applicationApi(server).newCitizen()).phone)).submissionGrant!;
        await server.close();
        return grant;
      };
      const own = await issued({ dbPath: join(dir, 'own.sqlite') });
      expect(await check(await open({ dbPath: join(dir, 'own.sqlite') }), own)).toBe('ladder_not_offered');
      expect(await check(await open({ dbPath: join(dir, 'own.sqlite'), grantSecret }), own)).toBe('grant_invalid');
      const configured = await issued({ dbPath: join(dir, 'configured.sqlite'), grantSecret });
      expect(await check(await open({ dbPath: join(dir, 'configured.sqlite'), grantSecret }), configured)).toBe('ladder_not_offered');
      expect(await check(await open({ dbPath: join(dir, 'configured.sqlite') }), configured)).toBe('grant_invalid');
      await expect(open({ dbPath: ':memory:', grantSecret: 'short' })).rejects.toThrow(/at least 32 bytes/);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('last as long as the limits say', async () => {
    await app.close();
    app = await applicationServer({ limits: { submissionGrantTtlSeconds: 60 } });
    api = applicationApi(app);
    const citizen = await grantOnly();
    await api.advance(60);
    const response = await withGrant(citizen.grant, API_PATHS.ladderEnrolment, {});
    expect(errorOf(response).code).toBe('grant_expired');
  });
});

describe('GET /api/v1/dev/operator/application-codes', () => {
  it('lists every application’s code, oldest first', async () => {
    const codes = async () => (await api.get(DEV_API_PATHS.operatorApplicationCodes)).json<{ codes: string[] }>().codes;
    expect(await codes()).toEqual([]);
    const citizen = await api.newCitizen();
    const { code } = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber));
    expect(await codes()).toEqual([code]);
  });
});
