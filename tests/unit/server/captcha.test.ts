import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { captchaSchema } from '../../../shared/contract/verification.ts';
import { API_PATHS, DEV_API_PATHS, apiPath } from '../../../shared/contract/paths.ts';
import { CAPTCHA_CHARS } from '../../../server/verification/captcha-image.ts';
import { accountApi, devServer, errorOf, type Api } from './support/account-api.ts';

const PHONE = '13800000001';

describe('picture captchas', () => {
  let app: FastifyInstance;
  let api: Api;
  beforeEach(async () => {
    app = await devServer();
    api = accountApi(app);
  });
  afterEach(async () => app.close());

  /** Uses a captcha the way every guarded route does: here, an SMS request. */
  const useCaptcha = (captchaId: string, captchaAnswer: string) =>
    api.post(API_PATHS.smsCodes, { purpose: 'register', phone: PHONE, captchaId, captchaAnswer });

  it('draws a 4-character SVG captcha, kiosk-sized, without scripts, valid for 5 minutes', async () => {
    const before = Date.now();
    const response = await api.post(API_PATHS.captchas, {});
    expect(response.statusCode).toBe(201);
    const captcha = captchaSchema.parse(response.json());
    expect(captcha.svg).toMatch(/^<svg [^>]*width="240" height="96"/);
    expect(captcha.svg).not.toMatch(/<script|<text|on\w+=/i);
    const expires = Date.parse(captcha.expiresAt) - before;
    expect(expires).toBeGreaterThanOrEqual(299_000);
    expect(expires).toBeLessThanOrEqual(301_000);
    const answer = await api.captchaAnswer(captcha.captchaId);
    expect(answer).toMatch(new RegExp(`^[${CAPTCHA_CHARS}]{4}$`));
    expect(CAPTCHA_CHARS).not.toMatch(/[0O1Il]/);
  });

  it('accepts the answer in either case', async () => {
    const { captchaId, captchaAnswer } = await api.solvedCaptcha();
    expect((await useCaptcha(captchaId, captchaAnswer.toLowerCase())).statusCode).toBe(201);
  });

  it('is used up by the first attempt: a right answer cannot be used twice', async () => {
    const { captchaId, captchaAnswer } = await api.solvedCaptcha();
    expect((await useCaptcha(captchaId, captchaAnswer)).statusCode).toBe(201);
    const again = await useCaptcha(captchaId, captchaAnswer);
    expect(again.statusCode).toBe(400);
    expect(errorOf(again)).toMatchObject({ code: 'captcha_expired', fields: { captchaAnswer: 'captcha_expired' } });
  });

  it('refuses a wrong answer with captcha_invalid and is then used up', async () => {
    const { captchaId, captchaAnswer } = await api.solvedCaptcha();
    const wrong = captchaAnswer === 'AAAA' ? 'CCCC' : 'AAAA';
    const response = await useCaptcha(captchaId, wrong);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toEqual({
      code: 'captcha_invalid',
      message: expect.any(String),
      fields: { captchaAnswer: 'captcha_invalid' },
    });
    expect(errorOf(await useCaptcha(captchaId, captchaAnswer)).code).toBe('captcha_expired');
    expect((await api.get(apiPath(DEV_API_PATHS.captchaAnswer, { id: captchaId }))).statusCode).toBe(404);
  });

  it('refuses an expired captcha and an unknown id with captcha_expired', async () => {
    const { captchaId, captchaAnswer } = await api.solvedCaptcha();
    await api.advance(301);
    expect(errorOf(await useCaptcha(captchaId, captchaAnswer))).toMatchObject({
      code: 'captcha_expired',
      fields: { captchaAnswer: 'captcha_expired' },
    });
    expect(errorOf(await useCaptcha('no-such-captcha', 'ABCD')).code).toBe('captcha_expired');
  });

  it('is still good just before it expires', async () => {
    const { captchaId, captchaAnswer } = await api.solvedCaptcha();
    await api.advance(299);
    expect((await useCaptcha(captchaId, captchaAnswer)).statusCode).toBe(201);
  });

  it.each([
    ['{}', 'application/json', 201, undefined],
    ['', 'application/json', 201, undefined],
    [undefined, undefined, 201, undefined],
    ['{"captchaId":"mine"}', 'application/json', 400, 'validation_failed'],
    ['[]', 'application/json', 400, 'validation_failed'],
    ['"x"', 'application/json', 400, 'validation_failed'],
    ['{', 'application/json', 400, 'validation_failed'],
    ['{}', 'text/plain', 415, 'unsupported_media_type'],
    ['a=1', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    ['<x/>', 'application/xml', 415, 'unsupported_media_type'],
  ] as const)('answers the body %j sent as %s with %i (only {} or no body is taken)', async (payload, contentType, status, code) => {
    const headers = contentType ? { 'content-type': contentType } : {};
    const response = await app.inject({ method: 'POST', url: API_PATHS.captchas, payload, headers });
    expect(response.statusCode).toBe(status);
    if (code) expect(errorOf(response)).toMatchObject({ code, message: expect.any(String) });
  });

  it('draws at most 30 captchas a minute for one client: 429 with retryAfterSeconds, other clients unaffected', async () => {
    for (let drawn = 0; drawn < 30; drawn++) await api.captchaId();
    await api.advance(20);
    const refused = await api.post(API_PATHS.captchas, {});
    expect(refused.statusCode).toBe(429);
    expect(errorOf(refused)).toMatchObject({ code: 'too_many_requests', retryAfterSeconds: 40 });
    const elsewhere = await app.inject({ method: 'POST', url: API_PATHS.captchas, payload: {}, remoteAddress: '10.0.0.9' });
    expect(elsewhere.statusCode).toBe(201);
    await api.advance(40);
    expect((await api.post(API_PATHS.captchas, {})).statusCode).toBe(201);
  });

  it('checks the fields before touching the captcha', async () => {
    const { captchaId, captchaAnswer } = await api.solvedCaptcha();
    const response = await api.post(API_PATHS.smsCodes, { purpose: 'register', phone: '123', captchaId, captchaAnswer });
    expect(errorOf(response)).toMatchObject({ code: 'validation_failed', fields: { phone: 'invalid_format' } });
    expect((await useCaptcha(captchaId, captchaAnswer)).statusCode).toBe(201);
  });
});
