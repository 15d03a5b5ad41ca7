/**
 * Drives the reference server's account routes through `inject`, the way
 * the kiosk does: captchas are answered through the dev endpoint, SMS codes
 * read from the dev inbox.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildServer, type ServerOptions } from '../../../../server/app.ts';
import { gb11643CheckChar } from '../../../../shared/validation/gb11643.ts';
import { usccCheckChar } from '../../../../shared/validation/uscc.ts';
import { sessionSchema, type Session } from '../../../../shared/contract/sessions.ts';
import { apiErrorSchema } from '../../../../shared/contract/errors.ts';
import { captchaSchema, devSmsMessageSchema } from '../../../../shared/contract/verification.ts';
import { devCaptchaAnswerSchema } from '../../../../shared/contract/dev.ts';
import { API_PATHS, DEV_API_PATHS, apiPath } from '../../../../shared/contract/paths.ts';
import type { SmsPurpose } from '../../../../shared/validation/kinds.ts';

export const PASSWORD = 'Kiosk2024ok';
export const OTHER_PASSWORD = 'Another9Pass';

/** A valid 居民身份证 number from its first 17 digits. */
export function residentId(first17: string): string {
  return first17 + gb11643CheckChar(first17);
}

/** A valid credit code from its first 17 characters. */
export function creditCode(first17: string): string {
  return first17 + usccCheckChar(first17);
}

/** A server with the dev endpoints on, an in-memory database and the given options. */
export function devServer(options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ dbPath: ':memory:', devEndpoints: true, ...options });
}

export type Api = ReturnType<typeof accountApi>;

/** Helpers bound to one server. */
export function accountApi(app: FastifyInstance) {
  const bearer = (token?: string) => (token ? { authorization: `Bearer ${token}` } : {});

  const api = {
    app,
    post: (url: string, payload: object, token?: string) => app.inject({ method: 'POST', url, payload, headers: bearer(token) }),
    put: (url: string, payload: object, token?: string) => app.inject({ method: 'PUT', url, payload, headers: bearer(token) }),
    get: (url: string, token?: string) => app.inject({ method: 'GET', url, headers: bearer(token) }),

    /** A new captcha's id. */
    async captchaId(): Promise<string> {
      const response = await api.post(API_PATHS.captchas, {});
      expect(response.statusCode).toBe(201);
      return captchaSchema.parse(response.json()).captchaId;
    },

    /** The answer of a live captcha, from the dev endpoint. */
    async captchaAnswer(captchaId: string): Promise<string> {
      const response = await api.get(apiPath(DEV_API_PATHS.captchaAnswer, { id: captchaId }));
      expect(response.statusCode).toBe(200);
      return devCaptchaAnswerSchema.parse(response.json()).answer;
    },

    /** A captcha and its right answer, ready to send. */
    async solvedCaptcha(): Promise<{ captchaId: string; captchaAnswer: string }> {
      const captchaId = await api.captchaId();
      return { captchaId, captchaAnswer: await api.captchaAnswer(captchaId) };
    },

    /** POSTs `payload` with a solved captcha added, as the forms that ask for a picture code at submission do. */
    async postSolved(url: string, payload: object, token?: string): Promise<LightMyRequestResponse> {
      return api.post(url, { ...(await api.solvedCaptcha()), ...payload }, token);
    },

    /** Asks for an SMS code (with a solved captcha) and returns the raw response. */
    async requestSms(purpose: SmsPurpose, phone: string, token?: string): Promise<LightMyRequestResponse> {
      return api.post(API_PATHS.smsCodes, { purpose, phone, ...(await api.solvedCaptcha()) }, token);
    },

    /** Messages the dev inbox holds for `phone`, oldest first. */
    async inbox(phone: string) {
      const response = await api.get(`${DEV_API_PATHS.smsInbox}?phone=${phone}`);
      expect(response.statusCode).toBe(200);
      return devSmsMessageSchema.array().parse(response.json());
    },

    /** Asks for a code, expects it sent, and returns it. */
    async smsCode(purpose: SmsPurpose, phone: string, token?: string): Promise<string> {
      const response = await api.requestSms(purpose, phone, token);
      expect(response.statusCode, response.body).toBe(201);
      const last = (await api.inbox(phone)).at(-1);
      expect(last?.purpose).toBe(purpose);
      return last!.code;
    },

    /** Moves the server clock forward. */
    async advance(seconds: number): Promise<void> {
      const response = await api.post(DEV_API_PATHS.clock, { advanceSeconds: seconds });
      expect(response.statusCode).toBe(200);
    },

    /** Registers a personal account with a fresh SMS code; returns the session. */
    async registerPersonal(fields: { phone: string; idNumber: string; idType?: string; name?: string; password?: string }) {
      const smsCode = await api.smsCode('register', fields.phone);
      const response = await api.postSolved(API_PATHS.personalAccounts, {
        name: '张三',
        idType: 'resident_id',
        password: PASSWORD,
        ...fields,
        smsCode,
      });
      expect(response.statusCode, response.body).toBe(201);
      return sessionSchema.parse(response.json());
    },

    /** Registers a unit account with a fresh SMS code; returns the session. */
    async registerUnit(fields: { phone: string; creditCode: string; contactIdNumber?: string; contactIdType?: string }) {
      const smsCode = await api.smsCode('register', fields.phone);
      const response = await api.postSolved(API_PATHS.unitAccounts, {
        unitName: '海南椰风贸易有限公司',
        contactName: '李四',
        contactIdType: 'resident_id',
        contactIdNumber: residentId('46010019850101001'),
        password: PASSWORD,
        ...fields,
        smsCode,
      });
      expect(response.statusCode, response.body).toBe(201);
      return sessionSchema.parse(response.json());
    },

    /** A password login attempt with a solved captcha. */
    async login(phone: string, password: string, userType: 'personal' | 'unit' = 'personal') {
      return api.post(API_PATHS.sessions, { userType, phone, password, ...(await api.solvedCaptcha()) });
    },

    /** An identity-platform login; a password login gets a solved captcha. */
    async identityLogin(body: { method: string } & Record<string, string>) {
      const captcha = body.method === 'password' ? await api.solvedCaptcha() : {};
      return api.post(API_PATHS.identitySessions, { ...captcha, ...body });
    },

    /** A password login expected to succeed. */
    async loggedIn(phone: string, password: string, userType: 'personal' | 'unit' = 'personal'): Promise<Session> {
      const response = await api.login(phone, password, userType);
      expect(response.statusCode, response.body).toBe(201);
      return sessionSchema.parse(response.json());
    },
  };
  return api;
}

/** The error body of a response, checked against the contract. */
export function errorOf(response: LightMyRequestResponse) {
  return apiErrorSchema.parse(response.json()).error;
}

/** Number of rows in a table. */
export function countRows(app: FastifyInstance, table: string): number {
  return Number(app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n);
}
