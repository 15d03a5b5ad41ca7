import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { seedHash } from '../../../server/draw/draw.ts';
import { CATALOGS } from '../../../shared/catalog/catalogs.ts';
import type { CatalogData } from '../../../shared/contract/catalog-schema.ts';
import { indicatorListSchema } from '../../../shared/contract/indicators.ts';
import { API_PATHS, DEV_API_PATHS, apiPath } from '../../../shared/contract/paths.ts';
import { periodListSchema, type PeriodDraw, type PeriodDraws } from '../../../shared/contract/periods.ts';
import { errorOf } from './support/account-api.ts';
import { applicationApi, applicationServer, type ApplicationApi } from './support/application-api.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Hainan with 2 lottery and 1 queue indicators a period, so a draw has losers. */
function smallQuotas(): CatalogData {
  const catalog = structuredClone(CATALOGS.hainan);
  for (const period of catalog.periods) period.quotas = { regular_lottery: 2, new_energy_queue: 1 };
  return catalog;
}

/** `count` citizens with approved lottery applications; their tokens and codes. */
async function approvedApplicants(api: ApplicationApi, count: number, applicationType = 'regular_lottery') {
  const applicants = [];
  for (let i = 0; i < count; i++) {
    const citizen = await api.newCitizen();
    const { code } = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber, { applicationType }));
    await api.approve(code);
    applicants.push({ ...citizen, code });
  }
  return applicants;
}

describe('periods and their draws', () => {
  let app: FastifyInstance;
  let api: ApplicationApi;
  beforeEach(async () => {
    app = await applicationServer({ catalog: smallQuotas() });
    api = applicationApi(app);
  });
  afterEach(async () => app.close());

  const published = async (periodId: string) => (await api.get(apiPath(API_PATHS.periodDraws, { id: periodId }))).json() as PeriodDraws;

  it('publishes the seed’s hash first, the pool when it freezes, then the seed and winners; the hash never changes', async () => {
    const applicants = await approvedApplicants(api, 5);
    const before = (await published('202703')).draws[0]!;
    expect(before).toMatchObject({ applicationType: 'regular_lottery', algorithm: 'qk-draw-v1', quota: 2, seed: null, pool: null, winners: null });
    expect(before.seedHash).toMatch(/^[0-9a-f]{64}$/);

    const frozen = (await api.freeze('202703')).draws[0]!;
    expect(frozen.pool).toEqual(applicants.map((applicant) => ({ code: applicant.code, codes: 1 })));
    expect([frozen.seed, frozen.winners, frozen.seedHash]).toEqual([null, null, before.seedHash]);
    expect(JSON.stringify(frozen)).not.toMatch(/张三|4601061985/);
    expect((await api.application(applicants[0]!.token, applicants[0]!.code)).status).toBe('awaiting_draw');

    const drawn = (await api.draw('202703')).draws[0]!;
    expect(seedHash(drawn.seed!)).toBe(before.seedHash);
    expect(drawn.winners).toHaveLength(2);
    expect((await api.draw('202703')).draws[0]).toEqual(drawn);
    const statuses = await Promise.all(applicants.map(async (applicant) => (await api.application(applicant.token, applicant.code)).status));
    expect(statuses.filter((status) => status === 'won')).toHaveLength(2);
    expect(statuses.filter((status) => status === 'not_won')).toHaveLength(3);

    const winner = applicants.find((applicant) => applicant.code === drawn.winners![0])!;
    const indicators = indicatorListSchema.parse((await api.get(API_PATHS.indicators, winner.token)).json()).indicators;
    expect(indicators).toMatchObject([{ code: `ZB${winner.code}`, applicationType: 'regular_lottery', status: 'valid' }]);
  });

  it('puts the not-won into the next period’s pool, and not the won', async () => {
    const applicants = await approvedApplicants(api, 3);
    const first = (await api.draw('202703')).draws[0]!;
    const second = (await api.draw('202704')).draws[0]!;
    const loser = applicants.find((applicant) => !first.winners!.includes(applicant.code))!;
    expect(second.pool).toEqual([{ code: loser.code, codes: 1 }]);
    expect(second.winners).toEqual([loser.code]);
  });

  it('gives the queue’s quota to the front of the queue at the draw, the rest keep their places', async () => {
    const queued = await approvedApplicants(api, 2, 'new_energy_queue');
    await api.draw('202703');
    expect((await api.application(queued[0]!.token, queued[0]!.code)).status).toBe('won');
    expect(await api.application(queued[1]!.token, queued[1]!.code)).toMatchObject({ status: 'queued', queuePosition: 1 });
    expect((await published('202703')).draws.map((draw) => draw.applicationType)).toEqual(['regular_lottery']);
  });

  it('lists past and current periods with quotas, applicants and winners; the citizen’s part only with a session', async () => {
    const [applicant] = await approvedApplicants(api, 1);
    const list = async (token?: string) => periodListSchema.parse((await api.get(API_PATHS.periods, token)).json()).periods;
    const open = await list();
    expect(open.map((period) => period.id)).toEqual(['202703', '202702', '202701', '202612', ...open.slice(4).map((period) => period.id)]);
    expect(open.at(-1)?.id).toBe('202601');
    expect(open[0]).toMatchObject({ phase: 'open', drawOn: '2027-03-26', mine: null });
    expect(open[0]!.allocations).toEqual([
      { applicationType: 'regular_lottery', allocation: 'lottery', quota: 2, applicants: null, winners: null },
      { applicationType: 'new_energy_queue', allocation: 'queue', quota: 1, applicants: null, winners: null },
    ]);
    await api.freeze('202703');
    expect((await list(applicant!.token))[0]).toMatchObject({
      phase: 'frozen',
      mine: [{ applicationType: 'regular_lottery', applicationCode: applicant!.code, codes: 1, result: 'pending' }],
    });
    await api.draw('202703');
    expect((await list(applicant!.token))[0]).toMatchObject({ phase: 'drawn', mine: [{ result: 'won' }] });
    expect((await list())[0]!.allocations[0]).toMatchObject({ applicants: 1, winners: 1 });
    expect((await api.get(API_PATHS.periods, 'x'.repeat(40))).statusCode).toBe(401);
  });

  it('answers 404 for a period the catalog has not', async () => {
    const response = await api.get(apiPath(API_PATHS.periodDraws, { id: '199901' }));
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });
});

describe('indicators', () => {
  it('are valid for the catalog’s 12 months, then expired unless used', async () => {
    const app = await applicationServer({ catalog: smallQuotas() });
    try {
      const api = applicationApi(app);
      const [kept, used] = await approvedApplicants(api, 2);
      await api.draw('202703');
      const indicators = async (citizen: { phone: string }) =>
        indicatorListSchema.parse((await api.get(API_PATHS.indicators, await api.relogin(citizen))).json()).indicators;
      const [indicator] = await indicators(used!);
      expect(indicator).toMatchObject({ obtainedOn: '2027-03-02', validUntil: '2028-03-01', status: 'valid' });
      const use = await api.post(apiPath(DEV_API_PATHS.operatorIndicatorUse, { code: indicator!.code }), {});
      expect(use.json()).toMatchObject({ status: 'used' });
      await api.advance(365 * 24 * 3600);
      expect((await indicators(kept!))[0]!.status).toBe('valid');
      await api.advance(24 * 3600);
      expect((await indicators(kept!))[0]!.status).toBe('expired');
      expect((await indicators(used!))[0]!.status).toBe('used');
    } finally {
      await app.close();
    }
  });
});

/** Runs `npm run draw:verify` (the script itself) against `server`; its exit code and output. */
function drawVerify(period: string, server: string): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/draw-verify.ts', period, '--server', server], { cwd: root });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => done({ code, out }));
  });
}

/** Serves `body` as JSON at any path, as a central API that tampered with its publication would. */
async function serveJson(body: unknown): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

describe('npm run draw:verify', () => {
  let app: FastifyInstance;
  let url: string;
  beforeEach(async () => {
    app = await applicationServer({ catalog: smallQuotas() });
    const api = applicationApi(app);
    await approvedApplicants(api, 4);
    await api.draw('202703');
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => app.close());

  it('says a real draw matches (exit 0)', async () => {
    const { code, out } = await drawVerify('202703', url);
    expect(out).toContain('202703 regular_lottery: matches (2 winners of 4 applicants, 4 codes)');
    expect(code).toBe(0);
  });

  it.each([
    ['its winners in another order', (draw: PeriodDraw): PeriodDraw => ({ ...draw, winners: [...draw.winners!].reverse() })],
    ['another seed', (draw: PeriodDraw): PeriodDraw => ({ ...draw, seed: 'ab'.repeat(32) })],
    ['a pool without its first winner', (draw: PeriodDraw): PeriodDraw => ({ ...draw, pool: draw.pool!.filter((entry) => entry.code !== draw.winners![0]) })],
  ])('says a draw published with %s does not match (exit 1)', async (_, tamper) => {
    const real = (await (await fetch(`${url}${apiPath(API_PATHS.periodDraws, { id: '202703' })}`)).json()) as PeriodDraws;
    const tampered = await serveJson({ ...real, draws: real.draws.map(tamper) });
    try {
      const { code, out } = await drawVerify('202703', tampered.url);
      expect(out).toContain('202703 regular_lottery: DOES NOT MATCH');
      expect(code).toBe(1);
    } finally {
      await tampered.close();
    }
  });

  it('says so when the period is not drawn yet (exit 1), and stops on a wrong command line (exit 2)', async () => {
    expect((await drawVerify('202704', url)).out).toContain('not drawn yet');
    expect((await drawVerify('202704', url)).code).toBe(1);
    expect((await drawVerify('2027-04', url)).code).toBe(2);
  });
});
