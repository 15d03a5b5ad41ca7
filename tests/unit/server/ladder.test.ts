import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { CATALOGS } from '../../../shared/catalog/catalogs.ts';
import type { CatalogData } from '../../../shared/contract/catalog-schema.ts';
import { ladderSchema } from '../../../shared/contract/ladder.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';
import { periodListSchema } from '../../../shared/contract/periods.ts';
import { creditCode, errorOf } from './support/account-api.ts';
import { applicationApi, applicationServer, type ApplicationApi } from './support/application-api.ts';

/** Hangzhou with a short ladder (a step per 2 draws, at most 2) and no indicators to win until 202708. */
function shortLadder(): CatalogData {
  const catalog = structuredClone(CATALOGS.hangzhou);
  catalog.ladder = { ...catalog.ladder!, drawsPerStep: 2, maxSteps: 2 };
  for (const period of catalog.periods) period.quotas = { regular_lottery: period.id === '202708' ? 5 : 0 };
  return catalog;
}

/** A Hangzhou 本市户籍人员 lottery body. */
function hangzhouBody(version: string, idNumber: string, smsCode: string, ladderOptIn: 'yes' | 'no') {
  return {
    catalogVersion: version,
    indicatorKind: 'incremental',
    applicationType: 'regular_lottery',
    category: 'local_resident',
    values: {
      hukouArea: '330106',
      licenceIdType: 'resident_id',
      licenceNumber: idNumber,
      licenceFileNumber: '330100123456',
      licenceClasses: ['C1', 'C2'],
      hasCar: 'no',
      ladderOptIn,
      residenceArea: '330106',
      address: '西湖区文三路1号',
      postcode: '310012',
    },
    commitments: ['no_unscrapped_vehicle', 'truthful'],
    smsCode,
  };
}

describe('Hangzhou: 短信确认 and the ladder lottery', () => {
  let app: FastifyInstance;
  let api: ApplicationApi;
  beforeEach(async () => {
    app = await applicationServer({ catalog: shortLadder() });
    api = applicationApi(app);
  });
  afterEach(async () => app.close());

  /** A citizen who applied (confirming by SMS) and was approved. */
  async function applicant(ladderOptIn: 'yes' | 'no') {
    const citizen = await api.newCitizen();
    const smsCode = await api.smsCode('application_confirm', citizen.phone, citizen.token);
    const application = await api.applied(citizen.token, hangzhouBody(await api.catalogVersion(), citizen.idNumber, smsCode, ladderOptIn));
    await api.approve(application.code);
    return { ...citizen, code: application.code };
  }

  const ladder = async (token: string) => ladderSchema.parse((await api.get(API_PATHS.ladder, token)).json());
  const codesInPool = async (periodId: string) =>
    Object.fromEntries((await api.draw(periodId)).draws[0]!.pool!.map((entry) => [entry.code, entry.codes]));

  it('needs the application_confirm code sent to the account’s own phone', async () => {
    const citizen = await api.newCitizen();
    const version = await api.catalogVersion();
    const missing = await api.submit(citizen.token, { ...hangzhouBody(version, citizen.idNumber, '', 'no'), smsCode: undefined });
    expect(errorOf(missing).fields).toEqual({ smsCode: 'required' });
    const wrong = await api.submit(citizen.token, hangzhouBody(version, citizen.idNumber, '000000', 'no'));
    expect(errorOf(wrong).code).toBe('sms_code_expired');
    const elsewhere = await api.requestSms('application_confirm', '13911112222', citizen.token);
    expect(elsewhere.statusCode).toBe(400);
    expect(errorOf(elsewhere)).toMatchObject({ code: 'not_account_phone', fields: { phone: 'not_account_phone' } });
    expect((await api.requestSms('application_confirm', citizen.phone)).statusCode).toBe(401);
    const smsCode = await api.smsCode('application_confirm', citizen.phone, citizen.token);
    const mistyped = await api.submit(citizen.token, hangzhouBody(version, citizen.idNumber, smsCode === '123456' ? '654321' : '123456', 'no'));
    expect(errorOf(mistyped)).toMatchObject({ code: 'sms_code_invalid', fields: { smsCode: 'sms_code_invalid' } });
    expect((await api.submit(citizen.token, hangzhouBody(version, citizen.idNumber, smsCode, 'no'))).statusCode).toBe(201);
  });

  it('counts draws, gives a code per step to the enrolled, and starts again after a win', async () => {
    const keen = await applicant('yes');
    const late = await applicant('no');
    await api.draw('202703');
    await api.draw('202704');
    expect(await ladder(keen.token)).toMatchObject({
      enrolled: true,
      asOf: '2027-03-02',
      drawCount: 2,
      steps: 1,
      codes: 2,
      drawsToNextStep: 2,
      periodsByYear: [{ year: '2027', periods: ['202703', '202704'] }],
    });
    expect(await ladder(late.token)).toMatchObject({ enrolled: false, drawCount: 2, steps: 0, codes: 1 });
    expect(await codesInPool('202705')).toEqual({ [keen.code]: 2, [late.code]: 1 });

    const enrolled = await api.post(API_PATHS.ladderEnrolment, {}, late.token);
    expect(ladderSchema.parse(enrolled.json())).toMatchObject({ enrolled: true, drawCount: 3, steps: 1, codes: 2 });
    expect((await api.post(API_PATHS.ladderEnrolment, {}, late.token)).json()).toEqual(enrolled.json());
    expect(await codesInPool('202706')).toEqual({ [keen.code]: 2, [late.code]: 2 });
    expect(await codesInPool('202707')).toEqual({ [keen.code]: 3, [late.code]: 3 });

    expect((await api.draw('202708')).draws[0]!.winners!.sort()).toEqual([keen.code, late.code].sort());
    expect(await ladder(keen.token)).toMatchObject({ drawCount: 0, steps: 0, codes: 1, periodsByYear: [] });
    expect((await api.application(keen.token, keen.code)).status).toBe('won');
  });

  it('shows each citizen their own part in each period', async () => {
    const keen = await applicant('yes');
    await api.draw('202703');
    const periods = periodListSchema.parse((await api.get(API_PATHS.periods, keen.token)).json()).periods;
    expect(periods[0]).toMatchObject({
      id: '202703',
      phase: 'drawn',
      allocations: [{ applicationType: 'regular_lottery', allocation: 'lottery', quota: 0, applicants: 1, winners: 0 }],
      mine: [{ applicationType: 'regular_lottery', applicationCode: keen.code, codes: 1, result: 'not_won' }],
    });
    expect((await api.application(keen.token, keen.code)).status).toBe('not_won');
  });

  it('is for persons only', async () => {
    const unit = await api.registerUnit({ phone: '13900008888', creditCode: creditCode('91330100MA2H00001') });
    const response = await api.get(API_PATHS.ladder, unit.token);
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('ladder_not_offered');
  });
});

describe('Hainan has no ladder lottery', () => {
  it('answers 404 ladder_not_offered', async () => {
    const app = await applicationServer();
    try {
      const api = applicationApi(app);
      const citizen = await api.newCitizen();
      for (const response of [await api.get(API_PATHS.ladder, citizen.token), await api.post(API_PATHS.ladderEnrolment, {}, citizen.token)]) {
        expect(response.statusCode).toBe(404);
        expect(errorOf(response).code).toBe('ladder_not_offered');
      }
    } finally {
      await app.close();
    }
  });
});
