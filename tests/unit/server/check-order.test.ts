import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../../shared/contract/paths.ts';
import type * as passwords from '../../../server/security/passwords.ts';
import { hashPassword } from '../../../server/security/passwords.ts';
import { OTHER_PASSWORD, PASSWORD, accountApi, devServer, errorOf, residentId, type Api } from './support/account-api.ts';

// Counts the ~240 ms scrypt hashes a request pays for, to see that only requests past the cheap checks do.
vi.mock('../../../server/security/passwords.ts', async (original) => {
  const real = await original<typeof passwords>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

const PHONE = '13100000001';
const ID = residentId('46010019900101001');

describe('registration and password reset check the cheap things first', () => {
  let app: FastifyInstance;
  let api: Api;
  beforeEach(async () => {
    app = await devServer();
    api = accountApi(app);
  });
  afterEach(async () => app.close());

  const registration = (fields: Record<string, string>) => ({
    name: '张三',
    idType: 'resident_id',
    idNumber: ID,
    phone: PHONE,
    password: PASSWORD,
    ...fields,
  });
  const wrongAnswer = async () => {
    const { captchaId, captchaAnswer } = await api.solvedCaptcha();
    return { captchaId, captchaAnswer: captchaAnswer === 'AAAA' ? 'CCCC' : 'AAAA' };
  };
  const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('hashes a registration password only after the picture code and the SMS code passed', async () => {
    const smsCode = await api.smsCode('register', PHONE);
    vi.mocked(hashPassword).mockClear();
    const badCaptcha = await api.post(API_PATHS.personalAccounts, { ...registration({ smsCode }), ...(await wrongAnswer()) });
    expect(errorOf(badCaptcha).code).toBe('captcha_invalid');
    const badCode = await api.postSolved(API_PATHS.personalAccounts, registration({ smsCode: otherCode(smsCode) }));
    expect(errorOf(badCode).code).toBe('sms_code_invalid');
    expect(hashPassword).not.toHaveBeenCalled();
    expect((await api.postSolved(API_PATHS.personalAccounts, registration({ smsCode }))).statusCode).toBe(201);
    expect(hashPassword).toHaveBeenCalledTimes(1);
  });

  it('hashes a new password only after the picture code and the SMS code passed', async () => {
    await api.registerPersonal({ phone: PHONE, idNumber: ID });
    const smsCode = await api.smsCode('reset_password', PHONE);
    vi.mocked(hashPassword).mockClear();
    const reset = { phone: PHONE, smsCode, newPassword: OTHER_PASSWORD };
    expect(errorOf(await api.post(API_PATHS.passwordResets, { ...reset, ...(await wrongAnswer()) })).code).toBe('captcha_invalid');
    expect(errorOf(await api.postSolved(API_PATHS.passwordResets, { ...reset, smsCode: otherCode(smsCode) })).code).toBe('sms_code_invalid');
    expect(hashPassword).not.toHaveBeenCalled();
    expect((await api.postSolved(API_PATHS.passwordResets, reset)).statusCode).toBe(200);
    expect(hashPassword).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['registration', API_PATHS.personalAccounts, 'register'],
    ['password reset', API_PATHS.passwordResets, 'reset_password'],
  ] as const)('lets no %s attempt without a right picture code count against the SMS code', async (_, path, purpose) => {
    if (purpose === 'reset_password') await api.registerPersonal({ phone: PHONE, idNumber: ID });
    const smsCode = await api.smsCode(purpose, PHONE);
    const body = purpose === 'register' ? registration({ smsCode }) : { phone: PHONE, smsCode, newPassword: OTHER_PASSWORD };
    // A stranger without the picture code tries wrong SMS codes: nothing counts, the citizen's code stays live.
    for (let attempt = 0; attempt < 6; attempt++) {
      const stranger = await api.post(path, { ...body, smsCode: otherCode(smsCode), ...(await wrongAnswer()) });
      expect(errorOf(stranger).code).toBe('captcha_invalid');
    }
    expect((await api.postSolved(path, body)).statusCode).toBeLessThan(300);
  });
});
