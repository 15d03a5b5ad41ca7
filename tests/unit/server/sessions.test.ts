import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { accountSchema } from '../../../shared/contract/accounts.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';
import { sha256 } from '../../../server/security/tokens.ts';
import { OTHER_PASSWORD, PASSWORD, accountApi, devServer, errorOf, residentId, type Api } from './support/account-api.ts';

const PHONE = '13600000001';
const ID = residentId('46010019900101001');

describe('password login and sessions', () => {
  let app: FastifyInstance;
  let api: Api;
  beforeEach(async () => {
    app = await devServer();
    api = accountApi(app);
    await api.registerPersonal({ phone: PHONE, idNumber: ID });
  });
  afterEach(async () => app.close());

  const wrongLogin = async () => {
    const response = await api.login(PHONE, OTHER_PASSWORD);
    return { status: response.statusCode, error: errorOf(response) };
  };

  it('logs in with phone, password and captcha; the token opens the account', async () => {
    const before = Date.now();
    const session = await api.loggedIn(PHONE, PASSWORD);
    expect(session.token).toMatch(/^[\w-]{43}$/);
    expect(Date.parse(session.expiresAt) - before).toBeGreaterThanOrEqual(1_799_000);
    expect(session.account).toMatchObject({ userType: 'personal', phoneMasked: '136****0001', idNumberMasked: `460***********${ID.slice(-4)}` });
    const me = await api.get(API_PATHS.myAccount, session.token);
    expect(me.statusCode).toBe(200);
    expect(accountSchema.parse(me.json())).toEqual(session.account);
  });

  it('stores tokens only as SHA-256 hashes', async () => {
    const { token } = await api.loggedIn(PHONE, PASSWORD);
    const stored = app.db.prepare('SELECT token_hash FROM sessions').all().map((row) => String(row.token_hash));
    expect(stored).toContain(sha256(token));
    expect(stored).not.toContain(token);
  });

  it('answers a wrong password, an unknown phone and the wrong user type alike: 401 invalid_credentials, no field', async () => {
    const answers = [
      await api.login(PHONE, OTHER_PASSWORD),
      await api.login('13600000009', PASSWORD),
      await api.login(PHONE, PASSWORD, 'unit'),
    ];
    expect(errorOf(answers[0]!)).toEqual({ code: 'invalid_credentials', message: expect.any(String) });
    for (const response of answers) {
      expect(response.statusCode).toBe(401);
      expect(response.body).toBe(answers[0]!.body);
    }
  });

  it('checks fields, then the captcha, before the password', async () => {
    const fields = await api.post(API_PATHS.sessions, { userType: 'personal', phone: 'x', password: '', captchaId: '', captchaAnswer: '' });
    expect(errorOf(fields).fields).toEqual({ phone: 'invalid_format', password: 'required', captchaId: 'required', captchaAnswer: 'required' });
    const { captchaId } = await api.solvedCaptcha();
    const captcha = await api.post(API_PATHS.sessions, { userType: 'personal', phone: PHONE, password: PASSWORD, captchaId, captchaAnswer: 'ZZZZ' });
    expect(errorOf(captcha)).toMatchObject({ code: 'captcha_invalid', fields: { captchaAnswer: 'captcha_invalid' } });
  });

  it('locks the account on the 5th wrong password for 15 minutes, even against the right one', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) expect((await wrongLogin()).error.code).toBe('invalid_credentials');
    const locking = await wrongLogin();
    expect(locking).toEqual({ status: 423, error: expect.objectContaining({ code: 'account_locked', retryAfterSeconds: 900 }) });

    await api.advance(600);
    const right = await api.login(PHONE, PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(errorOf(right).retryAfterSeconds).toBe(300);

    await api.advance(300);
    await api.loggedIn(PHONE, PASSWORD);
  });

  it('gives five fresh tries after a lock ends, and a success resets the count', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) await wrongLogin();
    await api.loggedIn(PHONE, PASSWORD);
    for (let attempt = 1; attempt <= 4; attempt++) expect((await wrongLogin()).status).toBe(401);
    expect((await wrongLogin()).status).toBe(423);
    await api.advance(900);
    for (let attempt = 1; attempt <= 4; attempt++) expect((await wrongLogin()).status).toBe(401);
    expect((await wrongLogin()).status).toBe(423);
  });

  it('answers an unknown phone exactly like a registered one: 401 four times, then the same 423', async () => {
    const unknown = '13600000009';
    const attempts = async (phone: string) => {
      const answers = [];
      for (let attempt = 1; attempt <= 6; attempt++) {
        const response = await api.login(phone, OTHER_PASSWORD);
        answers.push({ status: response.statusCode, body: response.body, retryAfter: response.headers['retry-after'] });
      }
      return answers;
    };
    const registered = await attempts(PHONE);
    expect(registered.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(await attempts(unknown)).toEqual(registered);
    // The unit login of the same phone is counted on its own.
    expect((await api.login(unknown, OTHER_PASSWORD, 'unit')).statusCode).toBe(401);
  });

  it('keeps count of attempts sent in parallel: no more than 5 wrong passwords are ever checked', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => api.login(PHONE, OTHER_PASSWORD)));
    const statuses = answers.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(4);
    expect(statuses.filter((status) => status === 423)).toHaveLength(4);
  });

  it('stores the login names it counts only as hashes', async () => {
    await api.login('13600000009', OTHER_PASSWORD);
    const rows = JSON.stringify(app.db.prepare('SELECT * FROM login_failures').all());
    expect(rows).not.toContain('13600000009');
  });

  it('unlocks the account by a password reset', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) await wrongLogin();
    expect((await api.login(PHONE, PASSWORD)).statusCode).toBe(423);
    const smsCode = await api.smsCode('reset_password', PHONE);
    const reset = await api.postSolved(API_PATHS.passwordResets, { phone: PHONE, smsCode, newPassword: OTHER_PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ done: true });
    await api.loggedIn(PHONE, OTHER_PASSWORD);
  });

  it('logs out: 204, and the token no longer works', async () => {
    const { token } = await api.loggedIn(PHONE, PASSWORD);
    const other = await api.loggedIn(PHONE, PASSWORD);
    const logout = await app.inject({ method: 'DELETE', url: API_PATHS.currentSession, headers: { authorization: `Bearer ${token}` } });
    expect(logout.statusCode).toBe(204);
    expect(logout.body).toBe('');
    expect(errorOf(await api.get(API_PATHS.myAccount, token)).code).toBe('unauthorized');
    expect((await api.get(API_PATHS.myAccount, other.token)).statusCode).toBe(200);
    const again = await app.inject({ method: 'DELETE', url: API_PATHS.currentSession, headers: { authorization: `Bearer ${token}` } });
    expect(again.statusCode).toBe(401);
  });

  it('answers 401 unauthorized without a token, with a bad one, and after 30 idle minutes', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-a-real-token-at-all-xxxxxxxx' }, { authorization: 'Basic abc' }]) {
      const response = await app.inject({ method: 'GET', url: API_PATHS.myAccount, headers });
      expect(response.statusCode).toBe(401);
      expect(errorOf(response).code).toBe('unauthorized');
    }
    const { token } = await api.loggedIn(PHONE, PASSWORD);
    await api.advance(1500);
    expect((await api.get(API_PATHS.myAccount, token)).statusCode).toBe(200);
    await api.advance(1500);
    expect((await api.get(API_PATHS.myAccount, token)).statusCode).toBe(200);
    await api.advance(1801);
    expect(errorOf(await api.get(API_PATHS.myAccount, token)).code).toBe('unauthorized');
  });
});

describe('limits', () => {
  it('takes lower limits from the options', async () => {
    const app = await devServer({ limits: { maxPasswordFailures: 2, lockSeconds: 60 } });
    try {
      const api = accountApi(app);
      await api.registerPersonal({ phone: PHONE, idNumber: ID });
      expect((await api.login(PHONE, OTHER_PASSWORD)).statusCode).toBe(401);
      const locked = await api.login(PHONE, OTHER_PASSWORD);
      expect(errorOf(locked)).toMatchObject({ code: 'account_locked', retryAfterSeconds: 60 });
    } finally {
      await app.close();
    }
  });

  it('limits failed logins per client across phones (a password spray): 429 with retryAfterSeconds', async () => {
    const app = await devServer({ limits: { loginRateMax: 3, loginRateWindowSeconds: 60 } });
    try {
      const api = accountApi(app);
      await api.registerPersonal({ phone: PHONE, idNumber: ID });
      // Right passwords are no part of a spray and do not count.
      for (let login = 0; login < 4; login++) await api.loggedIn(PHONE, PASSWORD);
      for (const phone of ['13600000011', '13600000012', '13600000013']) expect((await api.login(phone, PASSWORD)).statusCode).toBe(401);
      await api.advance(10);
      const refused = await api.login('13600000014', PASSWORD);
      expect(refused.statusCode).toBe(429);
      expect(errorOf(refused)).toMatchObject({ code: 'too_many_requests', retryAfterSeconds: 50 });
      expect(refused.headers['retry-after']).toBe('50');
      expect((await api.login(PHONE, PASSWORD)).statusCode).toBe(429);
      // Another client is not held back.
      const elsewhere = await app.inject({
        method: 'POST',
        url: API_PATHS.sessions,
        remoteAddress: '10.0.0.7',
        payload: { userType: 'personal', phone: PHONE, password: PASSWORD, ...(await api.solvedCaptcha()) },
      });
      expect(elsewhere.statusCode).toBe(201);
      await api.advance(50);
      await api.loggedIn(PHONE, PASSWORD);
    } finally {
      await app.close();
    }
  });

  it('refuses a limit that is not a positive integer', async () => {
    await expect(devServer({ limits: { smsTtlSeconds: 0 } })).rejects.toThrow(/smsTtlSeconds/);
  });

  it('reads time from the injected clock', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    const app = await devServer({ clock: () => now });
    try {
      const api = accountApi(app);
      const captcha = await api.post(API_PATHS.captchas, {});
      expect(captcha.json().expiresAt).toBe('2030-01-01T00:05:00.000Z');
      now += 301_000;
      const { captchaId } = captcha.json();
      const used = await api.post(API_PATHS.smsCodes, { purpose: 'register', phone: PHONE, captchaId, captchaAnswer: 'ABCD' });
      expect(errorOf(used).code).toBe('captcha_expired');
    } finally {
      await app.close();
    }
  });
});
