import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { applicationListSchema, applicationSchema } from '../../../shared/contract/applications.ts';
import { indicatorListSchema } from '../../../shared/contract/indicators.ts';
import { API_PATHS, DEV_API_PATHS, apiPath } from '../../../shared/contract/paths.ts';
import { countRows, creditCode, errorOf } from './support/account-api.ts';
import { VIN, applicationApi, applicationServer, type ApplicationApi } from './support/application-api.ts';

const DAY = 24 * 3600;

let app: FastifyInstance;
let api: ApplicationApi;
beforeEach(async () => {
  app = await applicationServer();
  api = applicationApi(app);
});
afterEach(async () => app.close());

describe('POST /api/v1/applications', () => {

  it('creates a 新申请 with a code of its period, the review date, derived and account values, identifiers masked', async () => {
    const citizen = await api.newCitizen();
    const application = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber));
    expect(application).toMatchObject({
      code: '2027031000001',
      status: 'new',
      periodId: '202703',
      reviewResultOn: '2027-03-15',
      applicantName: '张三',
      applicationType: 'regular_lottery',
      queuePosition: null,
      indicatorCode: null,
      cancellable: true,
      history: [{ status: 'new', at: '2027-03-02T02:00:00.000Z' }],
    });
    expect(application.values).toMatchObject({ applicantName: '张三', sex: 'male', birthDate: '1985-01-01', licenceClasses: ['C1'] });
    expect(application.values.idNumber).toBe(application.idNumberMasked);
    expect(application.values.licenceNumber).toMatch(/^460\*+\d{3}[\dX]$/);
    expect(JSON.stringify(application)).not.toContain(citizen.idNumber);

    const second = await api.newCitizen();
    expect((await api.applied(second.token, await api.hainanBody(second.idNumber))).code).toBe('2027031000002');
  });

  it('lists and shows only the account’s own applications', async () => {
    const citizen = await api.newCitizen();
    const other = await api.newCitizen();
    const { code } = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber));
    const list = applicationListSchema.parse((await api.get(API_PATHS.applications, citizen.token)).json());
    expect(list.applications.map((row) => [row.code, row.status, row.reviewResultOn])).toEqual([[code, 'new', '2027-03-15']]);
    expect(applicationListSchema.parse((await api.get(API_PATHS.applications, other.token)).json()).applications).toEqual([]);
    const foreign = await api.get(apiPath(API_PATHS.application, { code }), other.token);
    expect(foreign.statusCode).toBe(404);
    expect(errorOf(foreign).code).toBe('not_found');
    expect((await api.application(citizen.token, code)).code).toBe(code);
  });

  it('needs a session', async () => {
    const citizen = await api.newCitizen();
    const response = await api.submit('x'.repeat(40), await api.hainanBody(citizen.idNumber));
    expect(response.statusCode).toBe(401);
    expect(errorOf(response).code).toBe('unauthorized');
    expect((await api.get(API_PATHS.applications)).statusCode).toBe(401);
  });

  it('needs an Idempotency-Key that is a UUID', async () => {
    const citizen = await api.newCitizen();
    const body = await api.hainanBody(citizen.idNumber);
    const missing = await app.inject({ method: 'POST', url: API_PATHS.applications, payload: body, headers: { authorization: `Bearer ${citizen.token}` } });
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).fields).toEqual({ 'idempotency-key': 'required' });
    const bad = await api.submit(citizen.token, body, 'not-a-uuid');
    expect(errorOf(bad).fields).toEqual({ 'idempotency-key': 'invalid_format' });
    expect(countRows(app, 'applications')).toBe(0);
  });

  describe('with an Idempotency-Key', () => {
    it('answers the same key and body with the same status and body, and stores one application', async () => {
      const citizen = await api.newCitizen();
      const body = await api.hainanBody(citizen.idNumber);
      const key = randomUUID();
      const first = await api.submit(citizen.token, body, key);
      await api.advance(60);
      const again = await api.submit(citizen.token, body, key);
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(countRows(app, 'applications')).toBe(1);
    });

    it('refuses the same key with another body (422), creating nothing', async () => {
      const citizen = await api.newCitizen();
      const key = randomUUID();
      await api.submit(citizen.token, await api.hainanBody(citizen.idNumber), key);
      const other = await api.submit(citizen.token, await api.hainanBody(citizen.idNumber, { applicationType: 'new_energy_queue' }), key);
      expect(other.statusCode).toBe(422);
      expect(errorOf(other).code).toBe('idempotency_key_reused');
      expect(countRows(app, 'applications')).toBe(1);
    });

    it('creates one application from concurrent requests with one key', async () => {
      const citizen = await api.newCitizen();
      const body = await api.hainanBody(citizen.idNumber);
      const key = randomUUID();
      const answers = await Promise.all(Array.from({ length: 5 }, () => api.submit(citizen.token, body, key)));
      expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
      expect(countRows(app, 'applications')).toBe(1);
      expect(countRows(app, 'idempotency_keys')).toBe(1);
    });

    it('keeps keys per account', async () => {
      const first = await api.newCitizen();
      const second = await api.newCitizen();
      const key = randomUUID();
      expect((await api.submit(first.token, await api.hainanBody(first.idNumber), key)).statusCode).toBe(201);
      expect((await api.submit(second.token, await api.hainanBody(second.idNumber), key)).statusCode).toBe(201);
      expect(countRows(app, 'applications')).toBe(2);
    });

    it('remembers no refusal: the corrected body may follow under the same key', async () => {
      const citizen = await api.newCitizen();
      const key = randomUUID();
      const refused = await api.submit(citizen.token, await api.hainanBody(citizen.idNumber, { commitments: [] }), key);
      expect(refused.statusCode).toBe(400);
      expect((await api.submit(citizen.token, await api.hainanBody(citizen.idNumber), key)).statusCode).toBe(201);
    });
  });

  it('refuses a form filled from another catalog version (409)', async () => {
    const citizen = await api.newCitizen();
    const response = await api.submit(citizen.token, await api.hainanBody(citizen.idNumber, { catalogVersion: 'hainan-0000' }));
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('catalog_version_mismatch');
  });

  it('checks every field again with the shared rules and names each one refused', async () => {
    const citizen = await api.newCitizen();
    const body = await api.hainanBody(citizen.idNumber, {
      values: {
        sex: 'female',
        idNumber: citizen.idNumber,
        residenceArea: '110101',
        homeContractNumber: '',
        hasCar: 'yes',
        licenceIdType: 'resident_id',
        licenceNumber: '11010519491231002X',
        licenceFileNumber: '46010012345',
        licenceClasses: ['D'],
        shoeSize: '42',
      },
      commitments: ['truthful'],
    });
    const response = await api.submit(citizen.token, body);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'validation_failed',
      fields: {
        sex: 'disagrees_with_id_number',
        idNumber: 'not_editable',
        residenceArea: 'not_an_option',
        homeContractNumber: 'required',
        carPlate: 'required',
        licenceNumber: 'disagrees_with_id_number',
        licenceFileNumber: 'invalid_format',
        licenceClasses: 'licence_class_not_allowed',
        shoeSize: 'unknown_field',
        commitments: 'required',
      },
    });
    expect(countRows(app, 'applications')).toBe(0);
  });

  it('drops the values of fields that do not show, and keeps those that do', async () => {
    const citizen = await api.newCitizen();
    const hidden = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber, { values: { ...(await api.hainanBody(citizen.idNumber)).values, carPlate: '琼A12345' } }));
    expect(hidden.values.carPlate).toBeUndefined();
    const other = await api.newCitizen();
    const shown = await api.applied(
      other.token,
      await api.hainanBody(other.idNumber, { values: { ...(await api.hainanBody(other.idNumber)).values, hasCar: 'yes', carPlate: '琼a 12345' } }),
    );
    expect(shown.values.carPlate).toBe('琼A12345');
  });

  it('refuses a kind, type or category the catalog does not offer this account', async () => {
    const citizen = await api.newCitizen();
    for (const [overrides, field] of [
      [{ indicatorKind: 'luxury' }, 'indicatorKind'],
      [{ applicationType: 'renewal' }, 'applicationType'],
      [{ category: 'unit_enterprise' }, 'category'],
    ] as const) {
      const response = await api.submit(citizen.token, await api.hainanBody(citizen.idNumber, overrides));
      expect(errorOf(response).fields, field).toEqual({ [field]: 'not_an_option' });
    }
  });

  it('allows one active application per indicator kind', async () => {
    const citizen = await api.newCitizen();
    const first = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber));
    const second = await api.submit(citizen.token, await api.hainanBody(citizen.idNumber, { applicationType: 'new_energy_queue' }));
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('application_exists');
    await api.post(apiPath(API_PATHS.applicationCancellation, { code: first.code }), {}, citizen.token);
    expect((await api.submit(citizen.token, await api.hainanBody(citizen.idNumber, { applicationType: 'new_energy_queue' }))).statusCode).toBe(201);
  });

  it('joins the next period after the current one closed, and refuses once the catalog has none open', async () => {
    const citizen = await api.newCitizen();
    await api.advance(7 * DAY);
    const late = await api.applied(await api.relogin(citizen), await api.hainanBody(citizen.idNumber));
    expect([late.periodId, late.reviewResultOn]).toEqual(['202704', '2027-04-15']);
    const after = await applicationServer({}, Date.parse('2028-12-20T02:00:00Z'));
    try {
      const laterApi = applicationApi(after);
      const someone = await laterApi.newCitizen();
      const response = await laterApi.submit(someone.token, await laterApi.hainanBody(someone.idNumber));
      expect(response.statusCode).toBe(409);
      expect(errorOf(response).code).toBe('no_open_period');
    } finally {
      await after.close();
    }
  });

  it('lets a unit apply with its own fields, the account’s details filled in', async () => {
    const code = creditCode('91460000MA5T00001');
    const session = await api.registerUnit({ phone: '13900009999', creditCode: code });
    const application = await api.applied(session.token, {
      catalogVersion: await api.catalogVersion(),
      indicatorKind: 'incremental',
      applicationType: 'regular_lottery',
      category: 'unit_enterprise',
      values: { registeredArea: '460108', unitAddress: '海口市美兰区国兴大道1号', unitLandline: '0898-66668888', unitPostcode: '570203', registeredCars: '3' },
      commitments: ['unit_no_unscrapped_vehicle', 'unit_truthful'],
    });
    expect(application).toMatchObject({ applicantType: 'unit', applicantName: '海南椰风贸易有限公司' });
    expect(application.values).toMatchObject({ unitName: '海南椰风贸易有限公司', creditCode: code, contactName: '李四', contactPhone: '139****9999' });
  });

  it('takes 更新指标 with the vehicle’s VIN and registration change, and issues it on approval', async () => {
    const citizen = await api.newCitizen();
    const body = async (values: Record<string, string>) => ({
      catalogVersion: await api.catalogVersion(),
      indicatorKind: 'renewal',
      applicationType: 'renewal',
      category: 'renewal_personal',
      values: { vehiclePlate: '琼A88888', vin: VIN, plateIssuedOn: '2020-05-01', changeKind: 'transfer', changedOn: '2027-01-10', ...values },
      commitments: ['no_unscrapped_vehicle', 'truthful'],
    });
    const refused = await api.submit(citizen.token, await body({ vin: '1HGCM82643A004352', changedOn: '2025-12-31', vehiclePlate: '浙A88888' }));
    expect(errorOf(refused).fields).toEqual({ vin: 'invalid_checksum', changedOn: 'out_of_range', vehiclePlate: 'invalid_region' });
    const application = await api.applied(citizen.token, await body({}));
    expect(application.code).toBe('2027032000001');
    const approved = await api.approve(application.code);
    expect(approved.status).toBe('won');
    expect(approved.history.map((entry) => entry.status)).toEqual(['new', 'under_review', 'approved', 'won']);
    const indicators = indicatorListSchema.parse((await api.get(API_PATHS.indicators, citizen.token)).json()).indicators;
    expect(indicators).toEqual([
      expect.objectContaining({
        code: `ZB${application.code}`,
        holderName: '张三',
        idNumberMasked: application.idNumberMasked,
        obtainedOn: '2027-03-02',
        validUntil: '2028-03-01',
        status: 'valid',
        indicatorKind: 'renewal',
      }),
    ]);
  });

  it('takes 其他指标 for the special cases the catalog lists', async () => {
    const citizen = await api.newCitizen();
    const application = await api.applied(citizen.token, {
      catalogVersion: await api.catalogVersion(),
      indicatorKind: 'other',
      applicationType: 'other',
      category: 'other_family_transfer',
      values: {
        vehiclePlate: '琼B12345',
        vin: VIN,
        plateIssuedOn: '2019-01-01',
        previousOwnerName: '张大山',
        previousOwnerIdNumber: '11010519491231002X',
        relationship: 'parent',
        transferReason: 'inheritance',
      },
      commitments: ['no_unscrapped_vehicle', 'truthful'],
    });
    expect(application).toMatchObject({ indicatorKind: 'other', code: '2027033000001' });
    expect(application.values.previousOwnerIdNumber).toBe('110***********002X');
  });
});

describe('the review (operator) and the queue', () => {

  it('moves an application through 审核中 to 审核通过 or 审核不通过, one step at a time', async () => {
    const citizen = await api.newCitizen();
    const { code } = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber));
    const early = await api.post(apiPath(DEV_API_PATHS.operatorReview, { code }), { decision: 'approve' });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('invalid_transition');
    expect((await api.review(code, 'start')).status).toBe('under_review');
    expect((await api.review(code, 'reject')).status).toBe('rejected');
    expect((await api.application(citizen.token, code)).cancellable).toBe(false);
    expect((await api.submit(citizen.token, await api.hainanBody(citizen.idNumber))).statusCode).toBe(201);
  });

  it('puts an approved queue application in the queue with its place', async () => {
    const first = await api.newCitizen();
    const second = await api.newCitizen();
    const a = await api.applied(first.token, await api.hainanBody(first.idNumber, { applicationType: 'new_energy_queue' }));
    const b = await api.applied(second.token, await api.hainanBody(second.idNumber, { applicationType: 'new_energy_queue' }));
    await api.approve(a.code);
    await api.advance(60);
    const queued = await api.approve(b.code);
    expect([queued.status, queued.queuePosition]).toEqual(['queued', 2]);
    expect((await api.application(first.token, a.code)).queuePosition).toBe(1);
  });
});

describe('POST /api/v1/applications/:code/cancellation', () => {

  const cancel = (code: string, token: string) => api.post(apiPath(API_PATHS.applicationCancellation, { code }), {}, token);

  it('cancels a new application, and answers the same when asked again', async () => {
    const citizen = await api.newCitizen();
    const { code } = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber));
    const first = await cancel(code, citizen.token);
    expect(first.statusCode).toBe(200);
    expect(applicationSchema.parse(first.json()).status).toBe('cancelled');
    const again = await cancel(code, citizen.token);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
  });

  it('refuses once the review has a result', async () => {
    const citizen = await api.newCitizen();
    const { code } = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber));
    await api.approve(code);
    const response = await cancel(code, citizen.token);
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('application_not_cancellable');
  });

  it('refuses on the pool-freeze day and the draw day, and allows it the day after', async () => {
    const citizen = await api.newCitizen();
    const { code } = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber));
    await api.advance(23 * DAY);
    for (const day of ['freeze (25th)', 'draw (26th)']) {
      const token = await api.relogin(citizen);
      const response = await cancel(code, token);
      expect(response.statusCode, day).toBe(409);
      expect(errorOf(response).code, day).toBe('cancellation_closed_today');
      expect((await api.application(token, code)).cancellable, day).toBe(false);
      await api.advance(DAY);
    }
    expect((await cancel(code, await api.relogin(citizen))).statusCode).toBe(200);
  });

  it('cannot touch another account’s application', async () => {
    const citizen = await api.newCitizen();
    const other = await api.newCitizen();
    const { code } = await api.applied(citizen.token, await api.hainanBody(citizen.idNumber));
    expect((await cancel(code, other.token)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/applications/prefill', () => {
  it('gives the account’s details masked and what its ID number says', async () => {
    const citizen = await api.newCitizen();
    const response = await api.get(API_PATHS.applicationPrefill, citizen.token);
    expect(response.json()).toEqual({
      account: { name: '张三', idType: 'resident_id', idNumber: '460***********0019', phone: '139****0001', creditCode: null, contactName: null },
      derived: { sex: 'male', birthDate: '1985-01-01' },
    });
  });
});
