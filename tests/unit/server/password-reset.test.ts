import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../../shared/contract/paths.ts';
import { OTHER_PASSWORD, PASSWORD, accountApi, devServer, errorOf, residentId, type Api } from './support/account-api.ts';

const PHONE = '13500000001';

describe('password reset', () => {
  let app: FastifyInstance;
  let api: Api;
  beforeEach(async () => {
    app = await devServer();
    api = accountApi(app);
  });
  afterEach(async () => app.close());

  const reset = (phone: string, smsCode: string, newPassword = OTHER_PASSWORD) =>
    api.postSolved(API_PATHS.passwordResets, { phone, smsCode, newPassword });

  it('sets a new password with the reset_password code, uses the code up and ends the old sessions', async () => {
    const { token } = await api.registerPersonal({ phone: PHONE, idNumber: residentId('46010019900101001') });
    const smsCode = await api.smsCode('reset_password', PHONE);
    const response = await reset(PHONE, smsCode);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ done: true });
    expect((await api.login(PHONE, PASSWORD)).statusCode).toBe(401);
    await api.loggedIn(PHONE, OTHER_PASSWORD);
    expect((await api.get(API_PATHS.myAccount, token)).statusCode).toBe(401);
    expect(errorOf(await reset(PHONE, smsCode, 'Third3Password')).code).toBe('sms_code_expired');
  });

  it('does not take a code sent for another purpose', async () => {
    await api.registerPersonal({ phone: PHONE, idNumber: residentId('46010019900101001') });
    const registerCode = await api.smsCode('register', '13500000002');
    expect(errorOf(await reset('13500000002', registerCode)).code).toBe('sms_code_expired');
  });

  it('answers an unknown phone like a wrong or missing code, revealing nothing', async () => {
    expect(errorOf(await reset('13500000009', '123456'))).toMatchObject({
      code: 'sms_code_expired',
      fields: { smsCode: 'sms_code_expired' },
    });
    expect((await api.requestSms('reset_password', '13500000009')).statusCode).toBe(201);
    expect(await api.inbox('13500000009')).toEqual([]);
    expect(errorOf(await reset('13500000009', '123456'))).toMatchObject({
      code: 'sms_code_invalid',
      fields: { smsCode: 'sms_code_invalid' },
    });
  });

  it('checks the new password', async () => {
    const response = await reset(PHONE, '123456', 'short');
    expect(errorOf(response)).toMatchObject({ code: 'validation_failed', fields: { newPassword: 'too_short' } });
  });
});
