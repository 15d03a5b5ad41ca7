/**
 * Drives the application routes through `inject`: a server on a fixed
 * clock (the dev clock moves it on), citizens registered as in
 * account-api.ts, the operator's dev endpoints for review and draws.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ServerOptions } from '../../../../server/app.ts';
import { applicationSchema, type Application } from '../../../../shared/contract/applications.ts';
import { catalogSchema } from '../../../../shared/contract/catalog-schema.ts';
import { periodDrawsSchema } from '../../../../shared/contract/periods.ts';
import { API_PATHS, DEV_API_PATHS, apiPath } from '../../../../shared/contract/paths.ts';
import type { ReviewDecision } from '../../../../shared/applications/statuses.ts';
import { PASSWORD, accountApi, devServer, residentId } from './account-api.ts';

/** 10:00 in Beijing on 2 March 2027: period 202703 takes applications (9 Feb - 8 Mar). */
export const MARCH_2_2027 = Date.parse('2027-03-02T02:00:00Z');

/** A dev server on a clock that stands at `at` until the dev clock moves it. */
export function applicationServer(options: Partial<ServerOptions> = {}, at = MARCH_2_2027): Promise<FastifyInstance> {
  return devServer({ clock: () => at, ...options });
}

/** A valid VIN (GB 16735 check digit) used in forms. */
export const VIN = '1HGCM82633A004352';

/** Values of a Hainan personal incremental form (非本省户籍人员（持有本省购房网签备案记录）) for the holder of `idNumber`. */
export function hainanIncrementalValues(idNumber: string, overrides: Record<string, string | string[]> = {}) {
  return {
    residenceArea: '460106',
    homeContractNumber: 'HK2026-00012345',
    hasCar: 'no',
    licenceIdType: 'resident_id',
    licenceNumber: idNumber,
    licenceFileNumber: '460100123456',
    licenceClasses: ['C1'],
    ...overrides,
  };
}

export type ApplicationApi = ReturnType<typeof applicationApi>;

/** Helpers bound to one server. */
export function applicationApi(app: FastifyInstance) {
  const accounts = accountApi(app);
  let phones = 0;
  let ids = 0;

  const api = {
    ...accounts,

    /** The catalog's version. */
    async catalogVersion(): Promise<string> {
      const response = await accounts.get(API_PATHS.catalog);
      expect(response.statusCode).toBe(200);
      return catalogSchema.parse(response.json()).version;
    },

    /** A new personal account (a fresh phone and 居民身份证 number); its token and ID number. */
    async newCitizen(): Promise<{ token: string; idNumber: string; phone: string }> {
      phones += 1;
      ids += 1;
      const phone = `1390000${String(phones).padStart(4, '0')}`;
      const idNumber = residentId(`46010619850101${String(ids).padStart(3, '0')}`);
      const session = await accounts.registerPersonal({ phone, idNumber });
      return { token: session.token, idNumber, phone };
    },

    /** A fresh session for a citizen (after the clock moved past the last one's expiry). */
    async relogin(citizen: { phone: string }): Promise<string> {
      return (await accounts.loggedIn(citizen.phone, PASSWORD)).token;
    },

    /** POSTs an application with `key` (a fresh one by default). */
    async submit(token: string, body: object, key: string = randomUUID()): Promise<LightMyRequestResponse> {
      return app.inject({
        method: 'POST',
        url: API_PATHS.applications,
        payload: body,
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
      });
    },

    /** A Hainan 普通小客车（摇号） application body for the holder of `idNumber`. */
    async hainanBody(idNumber: string, overrides: Record<string, unknown> = {}) {
      return {
        catalogVersion: await api.catalogVersion(),
        indicatorKind: 'incremental',
        applicationType: 'regular_lottery',
        category: 'nonlocal_home_contract',
        values: hainanIncrementalValues(idNumber),
        commitments: ['no_unscrapped_vehicle', 'truthful'],
        ...overrides,
      };
    },

    /** Submits and expects 201; the application. */
    async applied(token: string, body: object): Promise<Application> {
      const response = await api.submit(token, body);
      expect(response.statusCode, response.body).toBe(201);
      return applicationSchema.parse(response.json());
    },

    /** The operator's review step, expected to succeed. */
    async review(code: string, decision: ReviewDecision): Promise<Application> {
      const response = await accounts.post(apiPath(DEV_API_PATHS.operatorReview, { code }), { decision });
      expect(response.statusCode, response.body).toBe(200);
      return applicationSchema.parse(response.json());
    },

    /** Starts and approves the review. */
    async approve(code: string): Promise<Application> {
      await api.review(code, 'start');
      return api.review(code, 'approve');
    },

    /** Runs a period's draw (freezing first); its published draws. */
    async draw(periodId: string) {
      const response = await accounts.post(apiPath(DEV_API_PATHS.operatorDraw, { id: periodId }), {});
      expect(response.statusCode, response.body).toBe(200);
      return periodDrawsSchema.parse(response.json());
    },

    /** Freezes a period's pools; its published draws. */
    async freeze(periodId: string) {
      const response = await accounts.post(apiPath(DEV_API_PATHS.operatorFreeze, { id: periodId }), {});
      expect(response.statusCode, response.body).toBe(200);
      return periodDrawsSchema.parse(response.json());
    },

    /** One of the citizen's applications, whole. */
    async application(token: string, code: string): Promise<Application> {
      const response = await accounts.get(apiPath(API_PATHS.application, { code }), token);
      expect(response.statusCode, response.body).toBe(200);
      return applicationSchema.parse(response.json());
    },
  };
  return api;
}
