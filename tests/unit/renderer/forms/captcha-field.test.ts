// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import CaptchaField from '../../../../renderer/components/account/CaptchaField.vue';
import { useCaptcha } from '../../../../renderer/forms/useCaptcha.ts';
import { useFormState } from '../../../../renderer/forms/useFormState.ts';
import { i18n } from '../../../../renderer/i18n.ts';
import { createFakeKiosk, type FakeKiosk } from '../fake-kiosk.ts';

/** A form holding only the picture code, as the account forms do. */
function mountCaptchaField(fake: FakeKiosk) {
  Object.assign(window, { kiosk: fake.api });
  const Harness = defineComponent({
    setup() {
      const form = useFormState({ captchaAnswer: '' }, {});
      const captcha = useCaptcha();
      return () => h(CaptchaField, { form, captcha });
    },
  });
  return mount(Harness, { global: { plugins: [createPinia(), i18n] } });
}

describe('CaptchaField', () => {
  afterEach(() => Reflect.deleteProperty(window, 'kiosk'));

  it('says how long to wait when the central API refuses a new picture as too many', async () => {
    const fake = createFakeKiosk();
    fake.answers.set('auth:captcha', { ok: false, error: { code: 'too_many_requests', message: 'x', retryAfterSeconds: 40 } });
    const wrapper = mountCaptchaField(fake);
    await flushPromises();
    expect(wrapper.get('[data-testid="captcha-image"]').attributes('data-status')).toBe('failed');
    expect(wrapper.get('[data-testid="captcha-placeholder"]').text()).toBe('换图过于频繁，请 40 秒后轻触重试');
  });

  it('asks for a retry after any other failure', async () => {
    const fake = createFakeKiosk();
    fake.answers.set('auth:captcha', { ok: false, error: { code: 'api.unreachable', message: 'x' } });
    const wrapper = mountCaptchaField(fake);
    await flushPromises();
    expect(wrapper.get('[data-testid="captcha-placeholder"]').text()).toBe('验证码获取失败，轻触重试');
  });
});
