/**
 * The real reference server on loopback (a temp database, its development
 * endpoints, a clock standing in an open period) and citizens registered
 * through it the way the kiosk registers them, from a terminal, so each
 * holds a submission grant. Used by the outbox's fault tests and benchmarks
 * (plain Node: no vitest here).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '../../../../../server/app.ts';
import { API_PATHS, DEV_API_PATHS, apiPath } from '../../../../../shared/contract/paths.ts';
import { gb11643CheckChar } from '../../../../../shared/validation/gb11643.ts';
import type { NewOutboxEntry } from '../../../../../electron/main/services/outbox/outbox.ts';

export const TERMINAL_ID = 'HK-HALL-03';
/** 10:00 in Beijing on 2 March 2027: period 202703 takes applications. */
const MARCH_2_2027 = Date.parse('2027-03-02T02:00:00Z');
const PASSWORD = 'Kiosk2024ok';
/** The personal data planted in every body, which no file of the outbox may hold in plain text. */
export const PLANTED = { name: '欧阳明月', landline: '0898-66551234' };
const VIN = '1HGCM82633A004352';

/** A citizen registered from TERMINAL_ID: the account, its session token and its submission grant. */
export type Citizen = { accountId: string; token: string; phone: string; idNumber: string; grant: { grant: string; expiresAt: string } };

/** A citizen for tests that never reach a server. */
export const OFFLINE_CITIZEN: Citizen = {
  accountId: 'a3f1c2d4-0000-4000-8000-000000000001',
  token: 'offline-token',
  phone: '13800001234',
  idNumber: '460106198501010011',
  grant: { grant: `qkg1.${'g'.repeat(120)}.${'s'.repeat(43)}`, expiresAt: '2027-03-05T02:00:00.000Z' },
};

type Answer = { status: number; body: unknown };

async function call(base: string, method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

function expectStatus(answer: Answer, status: number, what: string): Record<string, unknown> {
  if (answer.status !== status) throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, unknown>;
}

/** The reference server and its helpers; `close()` removes its database. */
export async function referenceApi(options: Partial<ServerOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'qk-outbox-api-'));
  const server: RunningServer = await startServer({
    dbPath: join(dir, 'api.sqlite'),
    devEndpoints: true,
    clock: () => MARCH_2_2027,
    limits: { captchaRateMax: 1_000_000 },
    ...options,
  });
  const base = server.url;
  let registered = 0;

  async function solvedCaptcha() {
    const { captchaId } = expectStatus(await call(base, 'POST', API_PATHS.captchas, {}), 201, 'captcha') as { captchaId: string };
    const { answer } = expectStatus(await call(base, 'GET', apiPath(DEV_API_PATHS.captchaAnswer, { id: captchaId })), 200, 'captcha answer');
    return { captchaId, captchaAnswer: answer as string };
  }

  /** A personal account registered from TERMINAL_ID (so with a grant); its number n gives its phone and ID number. */
  async function registerCitizen(n: number): Promise<Citizen> {
    const phone = `1380000${String(n).padStart(4, '0')}`;
    const first17 = `46010619850101${String(n).padStart(3, '0')}`;
    const idNumber = first17 + gb11643CheckChar(first17);
    expectStatus(await call(base, 'POST', API_PATHS.smsCodes, { purpose: 'register', phone, ...(await solvedCaptcha()) }), 201, 'sms');
    const inbox = expectStatus(await call(base, 'GET', `${DEV_API_PATHS.smsInbox}?phone=${phone}`), 200, 'inbox') as unknown as { code: string }[];
    const body = { name: '张三', idType: 'resident_id', idNumber, phone, password: PASSWORD, smsCode: inbox.at(-1)!.code, ...(await solvedCaptcha()) };
    const session = expectStatus(await call(base, 'POST', API_PATHS.personalAccounts, body, { 'x-terminal-id': TERMINAL_ID }), 201, 'registration') as {
      token: string;
      account: { id: string };
      submissionGrant: { grant: string; expiresAt: string };
    };
    return { accountId: session.account.id, token: session.token, phone, idNumber, grant: session.submissionGrant };
  }

  return {
    url: base,

    /** `count` new citizens, four registrations at a time. */
    async citizens(count: number): Promise<Citizen[]> {
      const numbers = Array.from({ length: count }, () => (registered += 1));
      const citizens: Citizen[] = [];
      for (let i = 0; i < numbers.length; i += 4) citizens.push(...(await Promise.all(numbers.slice(i, i + 4).map(registerCitizen))));
      return citizens;
    },

    /** The code of every application the server holds. */
    async applicationCodes(): Promise<string[]> {
      return (expectStatus(await call(base, 'GET', DEV_API_PATHS.operatorApplicationCodes), 200, 'codes') as { codes: string[] }).codes;
    },

    /** The catalog's version, for application bodies. */
    async catalogVersion(): Promise<string> {
      return (expectStatus(await call(base, 'GET', API_PATHS.catalog), 200, 'catalog') as { version: string }).version;
    },

    async close(): Promise<void> {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type ReferenceApi = Awaited<ReturnType<typeof referenceApi>>;

/** The Hainan application bodies a citizen may hold at once: one of each indicator kind, each with planted personal data. */
export function applicationBodies(catalogVersion: string, citizen: Citizen): unknown[] {
  const commitments = ['no_unscrapped_vehicle', 'truthful'];
  const vehicle = { vin: VIN, plateIssuedOn: '2020-05-01' };
  return [
    {
      catalogVersion,
      indicatorKind: 'incremental',
      applicationType: 'regular_lottery',
      category: 'nonlocal_home_contract',
      values: {
        residenceArea: '460106',
        homeContractNumber: 'HK2026-00012345',
        landline: PLANTED.landline,
        hasCar: 'no',
        licenceIdType: 'resident_id',
        licenceNumber: citizen.idNumber,
        licenceFileNumber: '460100123456',
        licenceClasses: ['C1'],
      },
      commitments,
    },
    {
      catalogVersion,
      indicatorKind: 'renewal',
      applicationType: 'renewal',
      category: 'renewal_personal',
      values: { vehiclePlate: '琼A88888', ...vehicle, changeKind: 'transfer', changedOn: '2027-01-10' },
      commitments,
    },
    {
      catalogVersion,
      indicatorKind: 'other',
      applicationType: 'other',
      category: 'other_family_transfer',
      values: {
        vehiclePlate: '琼B12345',
        ...vehicle,
        previousOwnerName: PLANTED.name,
        previousOwnerIdNumber: citizen.idNumber,
        relationship: 'parent',
        transferReason: 'inheritance',
      },
      commitments,
    },
  ];
}

/** The three submissions of each citizen as outbox entries, the citizens interleaved. */
export function submissions(catalogVersion: string, citizens: readonly Citizen[]): NewOutboxEntry[] {
  const perCitizen = citizens.map((citizen) =>
    applicationBodies(catalogVersion, citizen).map(
      (body): NewOutboxEntry => ({ kind: 'application.submit', citizenKey: citizen.accountId, grant: citizen.grant, body }),
    ),
  );
  return [0, 1, 2].flatMap((kind) => perCitizen.map((entries) => entries[kind]!));
}

/** What no file the outbox writes may contain: every citizen's ID number and phone, the planted name and landline. */
export function personalData(citizens: readonly Citizen[]): string[] {
  return [PLANTED.name, PLANTED.landline, PLANTED.landline.replace('-', ''), ...citizens.flatMap((citizen) => [citizen.idNumber, citizen.phone])];
}
