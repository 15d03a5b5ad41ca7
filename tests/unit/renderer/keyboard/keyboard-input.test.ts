// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { i18n } from '../../../../renderer/i18n.ts';
import KeyboardInput from '../../../../renderer/keyboard/KeyboardInput.vue';
import { useKeyboardStore } from '../../../../renderer/keyboard/store.ts';
import { mountHarness } from './harness.ts';

let harness: ReturnType<typeof mountHarness> | null = null;

afterEach(() => {
  harness?.wrapper.unmount();
  harness = null;
  document.body.innerHTML = '';
});

describe('KeyboardInput', () => {
  it('asks for no system keyboard and no autofill, and carries its aria state', () => {
    const pinia = createPinia();
    const wrapper = mount(KeyboardInput, {
      props: { id: 'phone', kind: 'digits', modelValue: '', maxlength: 11, invalid: true, describedby: 'phone-error' },
      attrs: { 'data-testid': 'phone-field' },
      global: { plugins: [pinia, i18n] },
    });
    const input = wrapper.get('input');
    expect(input.attributes()).toMatchObject({
      id: 'phone',
      inputmode: 'none',
      autocomplete: 'off',
      type: 'text',
      maxlength: '11',
      'aria-invalid': 'true',
      'aria-describedby': 'phone-error',
      'data-testid': 'phone-field',
    });
    wrapper.unmount();
  });

  it('masked is a password input', () => {
    const wrapper = mount(KeyboardInput, {
      props: { id: 'pw', kind: 'password', modelValue: '', masked: true },
      global: { plugins: [createPinia(), i18n] },
    });
    expect(wrapper.get('input').attributes('type')).toBe('password');
    expect(wrapper.get('input').attributes('aria-invalid')).toBeUndefined();
    wrapper.unmount();
  });

  it('focus (a staff member tabbing in) opens the keyboard for it', async () => {
    harness = mountHarness([{ id: 'code', kind: 'digits' }]);
    harness.input('code').focus();
    await nextTick();
    expect(harness.keyboardElement().dataset.kind).toBe('digits');
    expect(harness.input('code').dataset.active).toBe('true');
  });

  it('physical typing reaches the model, and the touch keyboard goes on from it', async () => {
    harness = mountHarness([{ id: 'name', kind: 'name' }]);
    await harness.touchField('name');
    const input = harness.input('name');
    input.value = '李';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await nextTick();
    expect(harness.values.name).toBe('李');
    await harness.press('m', 'i', 'n', 'g');
    await harness.wrapper.get('[data-testid="kb-candidate-明"]').trigger('click');
    expect(harness.values.name).toBe('李明');
    expect(input.value).toBe('李明');
  });

  it('a model changed by the form shows in the field and the keyboard edits it', async () => {
    harness = mountHarness([{ id: 'code', kind: 'digits' }]);
    harness.values.code = '42';
    await nextTick();
    expect(harness.input('code').value).toBe('42');
    await harness.touchField('code');
    await harness.press('{bksp}', '7');
    expect(harness.values.code).toBe('47');
  });

  it('emits leave when the keyboard moves to another field, not when it stays', async () => {
    harness = mountHarness([
      { id: 'first', kind: 'digits' },
      { id: 'second', kind: 'alnum' },
    ]);
    await harness.touchField('first');
    harness.input('first').focus();
    await nextTick();
    expect(harness.leaves).toEqual([]);
    await harness.touchField('second');
    expect(harness.leaves).toEqual(['first']);
    expect(harness.input('first').dataset.active).toBe('false');
    expect(harness.input('second').dataset.active).toBe('true');
  });

  it('a disabled field does not take the keyboard', async () => {
    harness = mountHarness([{ id: 'code', kind: 'digits' }]);
    harness.input('code').disabled = true;
    await harness.touchField('code');
    expect(harness.keyboardElement().dataset.kind).toBeUndefined();
  });

  it('leaving the screen gives the keyboard back without a leave event', async () => {
    const pinia = createPinia();
    setActivePinia(pinia);
    const shown = ref(true);
    const left: string[] = [];
    const Page = defineComponent({
      setup: () => () =>
        shown.value ? h(KeyboardInput, { id: 'code', kind: 'digits', modelValue: '', onLeave: () => left.push('code') }) : null,
    });
    const wrapper = mount(Page, { attachTo: document.body, global: { plugins: [pinia, i18n] } });
    await wrapper.get('input').trigger('focus');
    const keyboard = useKeyboardStore();
    expect(keyboard.isOpen).toBe(true);
    shown.value = false;
    await nextTick();
    expect(keyboard.isOpen).toBe(false);
    expect(left).toEqual([]);
    wrapper.unmount();
  });
});
