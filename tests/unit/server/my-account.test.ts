import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { accountSchema } from '../../../shared/contract/accounts.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';
import { OTHER_PASSWORD, PASSWORD, accountApi, creditCode, devServer, errorOf, residentId, type Api } from './support/account-api.ts';

const PHONE = '13200000001';
const NEW_PHONE = '13200000002';
const ID = residentId('46010019900101001');

describe('my account', () => {
  let app: FastifyInstance;
  let api: Api;
  let token: string;
  beforeEach(async () => {
    app = await devServer({ limits: { maxPasswordFailures: 3 } });
    api = accountApi(app);
    token = (await api.registerPersonal({ phone: PHONE, idNumber: ID, name: '张三' })).token;
  });
  afterEach(async () => app.close());

  it('answers 401 on every route without a session', async () => {
    const calls = [
      api.get(API_PATHS.myAccount),
      api.put(API_PATHS.myName, { name: '李四' }),
      api.put(API_PATHS.myPassword, { oldPassword: PASSWORD, newPassword: OTHER_PASSWORD }),
      api.put(API_PATHS.myPhone, { password: PASSWORD, phone: NEW_PHONE, smsCode: '123456' }),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.statusCode).toBe(401);
      expect(errorOf(response).code).toBe('unauthorized');
    }
  });

  it('shows the account with the ID number and phone masked', async () => {
    const account = accountSchema.parse((await api.get(API_PATHS.myAccount, token)).json());
    expect(account.idNumberMasked).toBe(`460***********${ID.slice(-4)}`);
    expect(account.phoneMasked).toBe('132****0001');
    expect(JSON.stringify(account)).not.toContain(ID);
    expect(JSON.stringify(account)).not.toContain(PHONE);
  });

  it("changes a person's name, with the name rules of their document", async () => {
    const response = await api.put(API_PATHS.myName, { name: ' 张小三 ' }, token);
    expect(response.statusCode).toBe(200);
    expect(accountSchema.parse(response.json()).name).toBe('张小三');
    expect((await api.get(API_PATHS.myAccount, token)).json().name).toBe('张小三');
    const lookalike = await api.put(API_PATHS.myName, { name: '张\u2F06' }, token);
    expect(accountSchema.parse(lookalike.json()).name).toBe('张二');
    const latin = await api.put(API_PATHS.myName, { name: 'Zhang San' }, token);
    expect(errorOf(latin)).toMatchObject({ code: 'validation_failed', fields: { name: 'invalid_characters' } });
  });

  it("changes a unit account's handling person, not the unit's name", async () => {
    const unit = await api.registerUnit({
      phone: '13200000009',
      creditCode: creditCode('91460000MA5T00009'),
      contactIdType: 'passport',
      contactIdNumber: 'E12345678',
    });
    const response = await api.put(API_PATHS.myName, { name: 'Mary Lee' }, unit.token);
    expect(response.statusCode, response.body).toBe(200);
    expect(accountSchema.parse(response.json())).toMatchObject({ name: unit.account.name, contactName: 'Mary Lee' });
  });

  it('changes the password after checking the old one', async () => {
    const other = await api.loggedIn(PHONE, PASSWORD);
    const response = await api.put(API_PATHS.myPassword, { oldPassword: PASSWORD, newPassword: OTHER_PASSWORD }, token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ done: true });
    expect((await api.login(PHONE, PASSWORD)).statusCode).toBe(401);
    await api.loggedIn(PHONE, OTHER_PASSWORD);
    // This session goes on; the others end.
    expect((await api.get(API_PATHS.myAccount, token)).statusCode).toBe(200);
    expect((await api.get(API_PATHS.myAccount, other.token)).statusCode).toBe(401);
  });

  it('refuses a wrong old password (counting toward the lock) and a new one equal to the old', async () => {
    const same = await api.put(API_PATHS.myPassword, { oldPassword: PASSWORD, newPassword: PASSWORD }, token);
    expect(errorOf(same)).toMatchObject({ code: 'validation_failed', fields: { newPassword: 'same_as_old' } });

    const wrong = { oldPassword: 'Wrong1Password', newPassword: OTHER_PASSWORD };
    for (let attempt = 1; attempt <= 2; attempt++) {
      const response = await api.put(API_PATHS.myPassword, wrong, token);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response)).toEqual({
        code: 'wrong_password',
        message: expect.any(String),
        fields: { oldPassword: 'wrong_password' },
      });
    }
    const locking = await api.put(API_PATHS.myPassword, wrong, token);
    expect(locking.statusCode).toBe(423);
    expect(errorOf(locking).code).toBe('account_locked');
    expect((await api.login(PHONE, PASSWORD)).statusCode).toBe(423);
    expect((await api.put(API_PATHS.myPassword, { oldPassword: PASSWORD, newPassword: OTHER_PASSWORD }, token)).statusCode).toBe(423);
  });

  it('changes the phone with the change_phone code sent to the new phone', async () => {
    const smsCode = await api.smsCode('change_phone', NEW_PHONE, token);
    const response = await api.put(API_PATHS.myPhone, { password: PASSWORD, phone: NEW_PHONE, smsCode }, token);
    expect(response.statusCode, response.body).toBe(200);
    expect(accountSchema.parse(response.json()).phoneMasked).toBe('132****0002');
    expect((await api.login(PHONE, PASSWORD)).statusCode).toBe(401);
    await api.loggedIn(NEW_PHONE, PASSWORD);
    // The old phone is free again.
    expect((await api.requestSms('register', PHONE)).statusCode).toBe(201);
  });

  it('refuses the own phone, a taken phone and a wrong code, keeping the code for the right request', async () => {
    await api.registerPersonal({ phone: '13200000003', idNumber: residentId('46010019900101002') });
    const smsCode = await api.smsCode('change_phone', NEW_PHONE, token);
    const same = await api.put(API_PATHS.myPhone, { password: PASSWORD, phone: PHONE, smsCode }, token);
    expect(errorOf(same)).toMatchObject({ code: 'same_phone', fields: { phone: 'same_phone' } });
    const taken = await api.put(API_PATHS.myPhone, { password: PASSWORD, phone: '13200000003', smsCode }, token);
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken)).toMatchObject({ code: 'phone_taken', fields: { phone: 'phone_taken' } });
    const wrongCode = smsCode === '000000' ? '111111' : '000000';
    expect(errorOf(await api.put(API_PATHS.myPhone, { password: PASSWORD, phone: NEW_PHONE, smsCode: wrongCode }, token)).code).toBe('sms_code_invalid');
    expect((await api.put(API_PATHS.myPhone, { password: PASSWORD, phone: NEW_PHONE, smsCode }, token)).statusCode).toBe(200);
  });

  it('moves the phone only with the current password: whoever finds a session left open cannot take the account', async () => {
    const smsCode = await api.smsCode('change_phone', NEW_PHONE, token);
    const missing = await api.put(API_PATHS.myPhone, { phone: NEW_PHONE, smsCode }, token);
    expect(missing.statusCode).toBe(400);
    const empty = await api.put(API_PATHS.myPhone, { password: '', phone: NEW_PHONE, smsCode }, token);
    expect(errorOf(empty)).toMatchObject({ code: 'validation_failed', fields: { password: 'required' } });
    const wrong = await api.put(API_PATHS.myPhone, { password: OTHER_PASSWORD, phone: NEW_PHONE, smsCode }, token);
    expect(errorOf(wrong)).toMatchObject({ code: 'wrong_password', fields: { password: 'wrong_password' } });
    // Wrong passwords count toward the lock, as at login (3 in this server).
    await api.put(API_PATHS.myPhone, { password: OTHER_PASSWORD, phone: NEW_PHONE, smsCode }, token);
    const locked = await api.put(API_PATHS.myPhone, { password: OTHER_PASSWORD, phone: NEW_PHONE, smsCode }, token);
    expect(locked.statusCode).toBe(423);
    expect((await api.put(API_PATHS.myPhone, { password: PASSWORD, phone: NEW_PHONE, smsCode }, token)).statusCode).toBe(423);
    // Nothing moved: the account still answers at its old phone (once the lock is over), and the code was not used up.
    expect(accountSchema.parse((await api.get(API_PATHS.myAccount, token)).json()).phoneMasked).toBe('132****0001');
  });
});
