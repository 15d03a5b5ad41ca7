// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { useCaptcha } from '../../../../renderer/forms/useCaptcha.ts';
import { useFormState } from '../../../../renderer/forms/useFormState.ts';
import { useSmsRequest } from '../../../../renderer/forms/useSmsRequest.ts';
import type { IpcResult } from '../../../../shared/ipc/errors.ts';
import { checkSmsCode } from '../../../../shared/validation/codes.ts';
import { createFakeKiosk, installFakeKiosk } from '../fake-kiosk.ts';
import type { FakeKiosk } from '../fake-kiosk.ts';

interface SmsForm extends Record<string, string> {
  phone: string;
  captchaAnswer: string;
  smsCode: string;
}

const PHONE = '13800138000';
const EXPIRES = '2030-01-01T00:00:00.000Z';
const image = (n: number) => `data:image/svg+xml;base64,${btoa(`<svg>${n}</svg>`)}`;

/** Mounts a component that holds a form, its captcha and its SMS button, so onBeforeUnmount has an owner. */
function mountSms() {
  let parts!: {
    form: ReturnType<typeof useFormState<SmsForm>>;
    captcha: ReturnType<typeof useCaptcha>;
    sms: ReturnType<typeof useSmsRequest<SmsForm>>;
  };
  const Harness = defineComponent({
    setup() {
      const form = useFormState<SmsForm>({ phone: '', captchaAnswer: '', smsCode: '' }, { smsCode: (values) => checkSmsCode(values.smsCode) });
      const captcha = useCaptcha();
      parts = { form, captcha, sms: useSmsRequest(form, captcha, 'register') };
      return () => h('div');
    },
  });
  const wrapper = mount(Harness);
  return { wrapper, ...parts };
}

/** Only the request-sms calls of the fake, as [channel, payload]. */
const smsCalls = (fake: FakeKiosk) => fake.invoke.mock.calls.filter(([channel]) => channel === 'auth:request-sms');
const captchaCalls = (fake: FakeKiosk) => fake.invoke.mock.calls.filter(([channel]) => channel === 'auth:captcha');

describe('useSmsRequest', () => {
  let fake: FakeKiosk;
  let captchaCount: number;

  beforeEach(() => {
    // Only the countdown's clock is faked: flushPromises needs a real setTimeout.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    fake = createFakeKiosk();
    installFakeKiosk(fake);
    captchaCount = 0;
    fake.answers.set('auth:captcha', async () => {
      captchaCount += 1;
      return { ok: true, data: { captchaId: `c${captchaCount}`, image: image(captchaCount), expiresAt: EXPIRES } };
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A mounted form with a captcha on screen and a right phone and answer typed in. */
  async function ready() {
    const parts = mountSms();
    await parts.captcha.refresh();
    expect(parts.captcha.captchaId.value).toBe('c1');
    parts.form.values.phone = PHONE;
    parts.form.values.captchaAnswer = 'Ab12';
    return parts;
  }

  it('checks the phone and the picture code here first, and asks nothing when they are wrong', async () => {
    const { form, sms } = mountSms();
    form.values.phone = '1380013800';
    await sms.send();
    expect(form.errors).toEqual({ phone: 'invalid_format', captchaAnswer: 'required' });
    expect(fake.invoke).not.toHaveBeenCalled();

    form.values.phone = PHONE;
    form.values.captchaAnswer = 'Ab1';
    await sms.send();
    expect(form.errors.captchaAnswer).toBe('invalid_format');
    expect(fake.invoke).not.toHaveBeenCalled();
    expect(sms.secondsLeft.value).toBe(0);
  });

  it('asks for a code, then counts down, clears the used answer and shows a new captcha', async () => {
    const { form, captcha, sms } = await ready();
    form.setErrors({ phone: 'phone_taken', smsCode: 'sms_code_expired' });
    fake.answers.set('auth:request-sms', { ok: true, data: { resendAfterSeconds: 60, expiresAt: EXPIRES } });

    await sms.send();
    expect(smsCalls(fake)).toEqual([['auth:request-sms', { purpose: 'register', phone: PHONE, captchaId: 'c1', captchaAnswer: 'Ab12' }]]);
    expect(form.values.captchaAnswer).toBe('');
    expect(form.errors).toEqual({});
    expect(sms.sentTo.value).toBe(PHONE);
    expect(sms.secondsLeft.value).toBe(60);

    await flushPromises();
    expect(captchaCalls(fake)).toHaveLength(2);
    expect(captcha.captchaId.value).toBe('c2');
    expect(captcha.image.value).toBe(image(2));

    vi.advanceTimersByTime(1000);
    expect(sms.secondsLeft.value).toBe(59);
    vi.advanceTimersByTime(58_000);
    expect(sms.secondsLeft.value).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(sms.secondsLeft.value).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each(['sms_code_expired', 'sms_code_exhausted'] as const)(
    'ends the wait at once when the server refuses the code as %s, so a new one can be asked for',
    async (code) => {
      const { form, sms } = await ready();
      fake.answers.set('auth:request-sms', { ok: true, data: { resendAfterSeconds: 60, expiresAt: EXPIRES } });
      await sms.send();
      expect(sms.secondsLeft.value).toBe(60);
      form.applyError({ code, message: 'refused', fields: { smsCode: code } });
      await nextTick();
      expect(sms.secondsLeft.value).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
    },
  );

  it('keeps counting down when the code is only mistyped', async () => {
    const { form, sms } = await ready();
    fake.answers.set('auth:request-sms', { ok: true, data: { resendAfterSeconds: 60, expiresAt: EXPIRES } });
    await sms.send();
    form.applyError({ code: 'sms_code_invalid', message: 'wrong', fields: { smsCode: 'sms_code_invalid' } });
    await nextTick();
    expect(sms.secondsLeft.value).toBe(60);
  });

  it('asks nothing while counting down, and again once the countdown is over', async () => {
    const { form, sms } = await ready();
    fake.answers.set('auth:request-sms', { ok: true, data: { resendAfterSeconds: 5, expiresAt: EXPIRES } });
    await sms.send();
    form.values.captchaAnswer = 'Cd34';
    await sms.send();
    expect(smsCalls(fake)).toHaveLength(1);

    vi.advanceTimersByTime(5000);
    await sms.send();
    expect(smsCalls(fake)).toHaveLength(2);
  });

  it('keeps the wait per phone: a corrected number may ask at once, the first one resumes its wait', async () => {
    const { form, sms } = await ready();
    fake.answers.set('auth:request-sms', { ok: true, data: { resendAfterSeconds: 60, expiresAt: EXPIRES } });
    await sms.send();
    expect(sms.secondsLeft.value).toBe(60);

    vi.advanceTimersByTime(10_000);
    form.values.phone = '13900139000';
    await nextTick();
    expect(sms.secondsLeft.value).toBe(0);
    form.values.captchaAnswer = 'Cd34';
    await sms.send();
    expect(smsCalls(fake).map(([, request]) => (request as { phone: string }).phone)).toEqual([PHONE, '13900139000']);
    expect(sms.sentTo.value).toBe('13900139000');

    vi.advanceTimersByTime(5_000);
    form.values.phone = PHONE;
    await nextTick();
    expect(sms.secondsLeft.value).toBe(45);
  });

  it('sends once when tapped twice while sending', async () => {
    const { sms } = await ready();
    let answer: (result: IpcResult<unknown>) => void = () => {};
    fake.answers.set('auth:request-sms', () => new Promise((resolve) => (answer = resolve)));
    const first = sms.send();
    expect(sms.sending.value).toBe(true);
    await sms.send();
    answer({ ok: true, data: { resendAfterSeconds: 60, expiresAt: EXPIRES } });
    await first;
    expect(smsCalls(fake)).toHaveLength(1);
    expect(sms.sending.value).toBe(false);
  });

  it('counts down from the wait the server gives when asked too soon', async () => {
    const { form, captcha, sms } = await ready();
    fake.answers.set('auth:request-sms', {
      ok: false,
      error: { code: 'sms_resend_too_soon', message: 'x', retryAfterSeconds: 42 },
    });
    await sms.send();
    expect(sms.secondsLeft.value).toBe(42);
    expect(sms.sentTo.value).toBe('');
    expect(form.formError.value).toBeNull();
    expect(form.errors).toEqual({});
    expect(form.values.captchaAnswer).toBe('');
    await flushPromises();
    expect(captcha.captchaId.value).toBe('c2');
    vi.advanceTimersByTime(2000);
    expect(sms.secondsLeft.value).toBe(40);
  });

  it('puts a field error from the server on its field, without counting down', async () => {
    const { form, captcha, sms } = await ready();
    fake.answers.set('auth:request-sms', {
      ok: false,
      error: { code: 'validation_failed', message: 'x', fields: { phone: 'phone_taken' } },
    });
    await sms.send();
    expect(form.errors).toEqual({ phone: 'phone_taken' });
    expect(form.formError.value).toBeNull();
    expect(sms.secondsLeft.value).toBe(0);
    expect(sms.sentTo.value).toBe('');
    expect(form.values.captchaAnswer).toBe('');
    await flushPromises();
    expect(captcha.captchaId.value).toBe('c2');
  });

  it('shows a refusal without a field above the actions', async () => {
    const { form, sms } = await ready();
    fake.answers.set('auth:request-sms', { ok: false, error: { code: 'api.unreachable', message: 'x' } });
    await sms.send();
    expect(form.formError.value).toStrictEqual({ code: 'api.unreachable' });
    expect(sms.secondsLeft.value).toBe(0);
  });

  it('stops counting when the component goes away', async () => {
    const { wrapper, sms } = await ready();
    fake.answers.set('auth:request-sms', { ok: true, data: { resendAfterSeconds: 60, expiresAt: EXPIRES } });
    await sms.send();
    expect(vi.getTimerCount()).toBe(1);
    wrapper.unmount();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(sms.secondsLeft.value).toBe(60);
  });
});

describe('useCaptcha', () => {
  let fake: FakeKiosk;

  beforeEach(() => {
    fake = createFakeKiosk();
    installFakeKiosk(fake);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('is loading, then ready with the captcha', async () => {
    fake.answers.set('auth:captcha', { ok: true, data: { captchaId: 'c1', image: image(1), expiresAt: EXPIRES } });
    const captcha = useCaptcha();
    const refreshed = captcha.refresh();
    expect(captcha.status.value).toBe('loading');
    await refreshed;
    expect(captcha.status.value).toBe('ready');
    expect(captcha.captchaId.value).toBe('c1');
    expect(captcha.image.value).toBe(image(1));
  });

  it('forgets the old captcha when a new one cannot be had', async () => {
    fake.answers.set('auth:captcha', { ok: true, data: { captchaId: 'c1', image: image(1), expiresAt: EXPIRES } });
    const captcha = useCaptcha();
    await captcha.refresh();
    fake.answers.set('auth:captcha', { ok: false, error: { code: 'api.unreachable', message: 'x' } });
    await captcha.refresh();
    expect(captcha.status.value).toBe('failed');
    expect(captcha.captchaId.value).toBe('');
    expect(captcha.image.value).toBe('');
  });

  it('keeps the newest captcha when an older answer arrives late', async () => {
    const answers: ((result: IpcResult<unknown>) => void)[] = [];
    fake.answers.set('auth:captcha', () => new Promise((resolve) => answers.push(resolve)));
    const captcha = useCaptcha();
    const older = captcha.refresh();
    const newer = captcha.refresh();
    answers[1]!({ ok: true, data: { captchaId: 'new', image: image(2), expiresAt: EXPIRES } });
    await newer;
    answers[0]!({ ok: true, data: { captchaId: 'old', image: image(1), expiresAt: EXPIRES } });
    await older;
    expect(captcha.captchaId.value).toBe('new');
    expect(captcha.status.value).toBe('ready');
  });
});
