// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { sendWithCaptcha } from '../../../../renderer/forms/captcha-submit.ts';
import { useCaptcha } from '../../../../renderer/forms/useCaptcha.ts';
import { useFormState } from '../../../../renderer/forms/useFormState.ts';
import type { IpcResult } from '../../../../shared/ipc/errors.ts';
import { createFakeKiosk, installFakeKiosk, type FakeKiosk } from '../fake-kiosk.ts';

const EXPIRES = '2030-01-01T00:00:00.000Z';

describe('sendWithCaptcha', () => {
  let fake: FakeKiosk;
  let drawn: number;
  beforeEach(() => {
    fake = createFakeKiosk();
    installFakeKiosk(fake);
    drawn = 0;
    fake.answers.set('auth:captcha', async () => {
      drawn += 1;
      return { ok: true, data: { captchaId: `c${drawn}`, image: 'data:image/svg+xml;base64,', expiresAt: EXPIRES } };
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  async function filledForm() {
    const form = useFormState({ phone: '13800138000', password: 'Secret2026', captchaAnswer: 'AB12' }, {});
    const captcha = useCaptcha();
    await captcha.refresh();
    return { form, captcha };
  }

  const refusal = (code: string, fields?: Record<string, string>): IpcResult<never> => ({ ok: false, error: { code, message: 'x', ...(fields ? { fields } : {}) } });

  it.each([
    ['a wrong picture code', refusal('captcha_invalid', { captchaAnswer: 'captcha_invalid' })],
    ['a wrong password', refusal('invalid_credentials')],
    ['a taken phone', refusal('phone_taken', { phone: 'phone_taken' })],
  ])('after %s clears only the picture code, keeps the password, and shows a new picture', async (_, answer) => {
    const { form, captcha } = await filledForm();
    const result = await form.submit(sendWithCaptcha(form, captcha, async () => answer));
    expect(result).toBeNull();
    await flushPromises();
    expect(form.values).toEqual({ phone: '13800138000', password: 'Secret2026', captchaAnswer: '' });
    expect(captcha.captchaId.value).toBe('c2');
  });

  it.each([
    ['a field refusal (the code was not checked)', refusal('validation_failed', { phone: 'invalid_format' })],
    ['a request the kiosk refused', refusal('ipc.invalid_request')],
  ])('after %s keeps the picture and the answer', async (_, answer) => {
    const { form, captcha } = await filledForm();
    await form.submit(sendWithCaptcha(form, captcha, async () => answer));
    await flushPromises();
    expect(form.values.captchaAnswer).toBe('AB12');
    expect(captcha.captchaId.value).toBe('c1');
  });
});
