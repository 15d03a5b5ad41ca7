import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { smsSentSchema } from '../../../shared/contract/verification.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';
import { buildServer, createConsoleSmsGateway, type SmsMessage } from '../../../server/app.ts';
import { PASSWORD, accountApi, devServer, errorOf, residentId, type Api } from './support/account-api.ts';

const PHONE = '13900000001';
const ID = residentId('46010019900101001');

describe('SMS codes', () => {
  let app: FastifyInstance;
  let api: Api;
  let sent: SmsMessage[];
  beforeEach(async () => {
    sent = [];
    app = await devServer({ smsGateway: { send: async (message) => void sent.push(message) } });
    api = accountApi(app);
  });
  afterEach(async () => app.close());

  /** A registration attempt with `smsCode`: the route that verifies register codes. */
  const register = (smsCode: string, phone = PHONE) =>
    api.postSolved(API_PATHS.personalAccounts, { name: '王五', idType: 'resident_id', idNumber: ID, phone, smsCode, password: PASSWORD });
  const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('sends 6 random digits through the gateway, valid 5 minutes, resend after 60 s', async () => {
    const before = Date.now();
    const response = await api.requestSms('register', PHONE);
    expect(response.statusCode).toBe(201);
    const body = smsSentSchema.parse(response.json());
    expect(body.resendAfterSeconds).toBe(60);
    expect(Date.parse(body.expiresAt) - before).toBeGreaterThanOrEqual(299_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ phone: PHONE, purpose: 'register', code: expect.stringMatching(/^\d{6}$/) });
    expect(sent[0]?.text).toContain(sent[0]?.code);
    expect(sent[0]?.text).toContain('5分钟');
    expect(sent[0]?.text).toMatch(/^【海南省小客车指标管理】/);
    const inbox = await api.inbox(PHONE);
    expect(inbox.map((m) => m.code)).toEqual([sent[0]?.code]);
  });

  it('signs the message with the catalog’s region', async () => {
    const hangzhou = await devServer({ catalog: 'hangzhou', smsGateway: { send: async (message) => void sent.push(message) } });
    try {
      expect((await accountApi(hangzhou).requestSms('register', PHONE)).statusCode).toBe(201);
      expect(sent[0]?.text).toMatch(/^【杭州市小客车指标管理】您正在注册账号/);
    } finally {
      await hangzhou.close();
    }
  });

  it('refuses a resend within 60 s with 429 and retryAfterSeconds, then replaces the old code', async () => {
    const first = await api.smsCode('register', PHONE);
    await api.advance(20);
    const early = await api.requestSms('register', PHONE);
    expect(early.statusCode).toBe(429);
    expect(errorOf(early)).toMatchObject({ code: 'sms_resend_too_soon', retryAfterSeconds: 40 });
    expect(early.headers['retry-after']).toBe('40');
    // Another purpose for the same phone has its own interval.
    expect((await api.requestSms('reset_password', PHONE)).statusCode).toBe(201);

    await api.advance(40);
    const second = await api.smsCode('register', PHONE);
    if (second !== first) expect(errorOf(await register(first)).code).toBe('sms_code_invalid');
    expect((await register(second)).statusCode).toBe(201);
  });

  it('refuses a wrong code, and the 5th wrong try voids it even for the right code', async () => {
    const code = await api.smsCode('register', PHONE);
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await register(otherCode(code));
      expect(response.statusCode).toBe(400);
      expect(errorOf(response)).toMatchObject({ code: 'sms_code_invalid', fields: { smsCode: 'sms_code_invalid' } });
    }
    expect(errorOf(await register(otherCode(code)))).toMatchObject({
      code: 'sms_code_exhausted',
      fields: { smsCode: 'sms_code_exhausted' },
    });
    expect(errorOf(await register(code)).code).toBe('sms_code_exhausted');
  });

  it('takes the right code after fewer than 5 wrong tries, and uses it up', async () => {
    const code = await api.smsCode('register', PHONE);
    for (let attempt = 1; attempt <= 4; attempt++) expect((await register(otherCode(code))).statusCode).toBe(400);
    expect((await register(code)).statusCode).toBe(201);
    const left = app.db.prepare('SELECT count(*) AS n FROM sms_codes WHERE phone = ? AND purpose = ?').get(PHONE, 'register');
    expect(left?.n).toBe(0);
  });

  it('expires after 5 minutes; no code at all is expired too', async () => {
    expect(errorOf(await register('123456'))).toMatchObject({
      code: 'sms_code_expired',
      fields: { smsCode: 'sms_code_expired' },
    });
    const code = await api.smsCode('register', PHONE);
    await api.advance(301);
    expect(errorOf(await register(code)).code).toBe('sms_code_expired');
  });

  it('drops expired codes of other phones when it issues one, so unused codes do not pile up', async () => {
    await api.smsCode('register', PHONE);
    expect((await api.requestSms('reset_password', '13900000009')).statusCode).toBe(201);
    await api.advance(301);
    await api.smsCode('register', '13900000002');
    const rows = app.db.prepare('SELECT phone FROM sms_codes').all().map((row) => row.phone);
    expect(rows).toEqual(['13900000002']);
  });

  it('refuses a register code for a phone an account already has (409 phone_taken)', async () => {
    await api.registerPersonal({ phone: PHONE, idNumber: ID });
    const response = await api.requestSms('register', PHONE);
    expect(response.statusCode).toBe(409);
    expect(errorOf(response)).toMatchObject({ code: 'phone_taken', fields: { phone: 'phone_taken' } });
  });

  it('answers reset_password and identity_login for unknown phones exactly as if sent, sending nothing', async () => {
    await api.registerPersonal({ phone: PHONE, idNumber: ID });
    sent.length = 0;
    const known = await api.requestSms('reset_password', PHONE);
    const unknownReset = await api.requestSms('reset_password', '13900000009');
    const unknownIdentity = await api.requestSms('identity_login', '13900000008');
    for (const response of [known, unknownReset, unknownIdentity]) {
      expect(response.statusCode).toBe(201);
      expect(Object.keys(response.json()).sort()).toEqual(['expiresAt', 'resendAfterSeconds']);
      expect(response.json().resendAfterSeconds).toBe(60);
    }
    expect(sent.map((m) => m.phone)).toEqual([PHONE]);
    // The unknown phone keeps the same resend rule, so timing of repeats reveals nothing either.
    expect((await api.requestSms('reset_password', '13900000009')).statusCode).toBe(429);
  });

  it('needs a session for change_phone, and refuses the own phone and a taken one', async () => {
    const unauthorized = await api.requestSms('change_phone', '13900000002');
    expect(unauthorized.statusCode).toBe(401);
    expect(errorOf(unauthorized).code).toBe('unauthorized');

    const { token } = await api.registerPersonal({ phone: PHONE, idNumber: ID });
    await api.registerPersonal({ phone: '13900000003', idNumber: residentId('46010019900101002') });
    const same = await api.requestSms('change_phone', PHONE, token);
    expect(same.statusCode).toBe(400);
    expect(errorOf(same)).toMatchObject({ code: 'same_phone', fields: { phone: 'same_phone' } });
    const taken = await api.requestSms('change_phone', '13900000003', token);
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken)).toMatchObject({ code: 'phone_taken', fields: { phone: 'phone_taken' } });
    expect((await api.requestSms('change_phone', '13900000002', token)).statusCode).toBe(201);
    expect(sent.at(-1)).toMatchObject({ phone: '13900000002', purpose: 'change_phone' });
  });

  it('answers field errors per field before the captcha is used', async () => {
    const response = await api.post(API_PATHS.smsCodes, { purpose: 'register', phone: '', captchaId: '', captchaAnswer: 'ab' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toEqual({
      code: 'validation_failed',
      message: expect.any(String),
      fields: { phone: 'required', captchaId: 'required', captchaAnswer: 'invalid_format' },
    });
    const badPurpose = await api.post(API_PATHS.smsCodes, { purpose: 'spam', phone: PHONE, captchaId: 'x', captchaAnswer: 'ABCD' });
    expect(errorOf(badPurpose)).toMatchObject({ code: 'validation_failed', fields: { purpose: 'invalid_enum_value' } });
  });
});

describe('SMS gateways', () => {
  it('withdraws the code when the gateway fails, so the citizen may ask again at once', async () => {
    let failing = true;
    const delivered: SmsMessage[] = [];
    const app = await devServer({
      smsGateway: {
        send: async (message) => {
          if (failing) throw new Error('gateway down');
          delivered.push(message);
        },
      },
    });
    try {
      const api = accountApi(app);
      const response = await api.requestSms('register', PHONE);
      expect(response.statusCode).toBe(500);
      expect(errorOf(response).code).toBe('internal_error');
      expect(await api.inbox(PHONE)).toEqual([]);
      failing = false;
      expect((await api.requestSms('register', PHONE)).statusCode).toBe(201);
      expect(delivered).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('the development gateway prints one [dev-sms] line per message', async () => {
    const lines: string[] = [];
    const gateway = createConsoleSmsGateway((line) => lines.push(line));
    await gateway.send({ phone: PHONE, purpose: 'register', code: '012345', text: '…' });
    expect(lines).toEqual([`[dev-sms] ${PHONE} register 012345`]);
  });

  it('keeps no dev inbox and answers no dev route without devEndpoints', async () => {
    const app = await buildServer({ dbPath: ':memory:' });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/dev/sms-inbox' });
      expect(response.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
