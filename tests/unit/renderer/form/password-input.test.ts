// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { i18n } from '../../../../renderer/i18n.ts';
import PasswordInput from '../../../../renderer/components/form/PasswordInput.vue';
import { useKeyboardStore } from '../../../../renderer/keyboard/store.ts';

function mountPassword() {
  const pinia = createPinia();
  setActivePinia(pinia);
  return mount(PasswordInput, {
    props: { id: 'password', modelValue: 'Secret12', maxlength: 20, 'data-testid': 'password-input' },
    attachTo: document.body,
    global: { plugins: [pinia, i18n] },
  });
}

describe('PasswordInput', () => {
  it('is masked until the toggle is pressed, and says which way it will go', async () => {
    const wrapper = mountPassword();
    const input = wrapper.get('input');
    const toggle = wrapper.get('[data-testid="password-toggle"]');
    expect(input.attributes('type')).toBe('password');
    expect(input.attributes('data-testid')).toBe('password-input');
    expect(input.attributes('maxlength')).toBe('20');
    expect(toggle.attributes('aria-pressed')).toBe('false');
    expect(toggle.attributes('aria-controls')).toBe('password');
    expect(toggle.text()).toBe('显示');
    await toggle.trigger('click');
    expect(input.attributes('type')).toBe('text');
    expect(toggle.attributes('aria-pressed')).toBe('true');
    expect(toggle.text()).toBe('隐藏');
    await toggle.trigger('click');
    expect(input.attributes('type')).toBe('password');
    wrapper.unmount();
  });

  it('opens the password keyboard and hides the password again when the citizen leaves', async () => {
    const wrapper = mountPassword();
    await wrapper.get('input').trigger('focus');
    const keyboard = useKeyboardStore();
    expect(keyboard.kind).toBe('password');
    await wrapper.get('[data-testid="password-toggle"]').trigger('click');
    expect(wrapper.get('input').attributes('type')).toBe('text');
    keyboard.close();
    await nextTick();
    expect(wrapper.emitted('leave')).toHaveLength(1);
    expect(wrapper.get('input').attributes('type')).toBe('password');
    wrapper.unmount();
  });
});
