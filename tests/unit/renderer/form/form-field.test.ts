// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { i18n } from '../../../../renderer/i18n.ts';
import FormField from '../../../../renderer/components/form/FormField.vue';
import KeyboardInput from '../../../../renderer/keyboard/KeyboardInput.vue';

interface Control {
  id: string;
  describedby?: string;
  invalid: boolean;
}

function mountField(props: Record<string, unknown>) {
  return mount(FormField, {
    props: { name: 'phone', label: '手机号码', ...props },
    slots: {
      default: ({ control }: { control: Control }) => h(KeyboardInput, { ...control, kind: 'digits', modelValue: '' }),
    },
    global: { plugins: [createPinia(), i18n] },
  });
}

describe('FormField', () => {
  it('labels the control and passes it id, description and validity', () => {
    const wrapper = mountField({ hint: '11位手机号码' });
    const label = wrapper.get('label');
    const input = wrapper.get('input');
    expect(label.text()).toContain('手机号码');
    expect(label.attributes('for')).toBe('phone-input');
    expect(input.attributes('id')).toBe('phone-input');
    expect(wrapper.get('[data-testid="field-phone-hint"]').text()).toBe('11位手机号码');
    expect(input.attributes('aria-describedby')).toBe('phone-input-hint');
    expect(input.attributes('aria-invalid')).toBeUndefined();
    expect(wrapper.attributes('data-testid')).toBe('field-phone');
    expect(wrapper.find('[data-testid="field-phone-error"]').exists()).toBe(false);
  });

  it('shows an error as an announced line with an icon, and marks the control invalid', () => {
    const wrapper = mountField({ hint: '11位手机号码', error: '格式不正确，请核对', inputId: 'register-phone' });
    const error = wrapper.get('[data-testid="field-phone-error"]');
    expect(error.attributes('role')).toBe('alert');
    expect(error.text()).toContain('格式不正确，请核对');
    expect(error.find('svg.icon').exists()).toBe(true);
    const input = wrapper.get('input');
    expect(input.attributes('id')).toBe('register-phone');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toBe(`register-phone-hint ${error.attributes('id')}`);
  });

  it('shows a warning line apart from the error', () => {
    const wrapper = mountField({ warning: '请核对无误后再提交' });
    const warning = wrapper.get('[data-testid="field-phone-warning"]');
    expect(warning.text()).toContain('请核对无误后再提交');
    expect(warning.attributes('role')).toBe('status');
    expect(warning.classes()).toContain('form-field__message--warning');
    expect(wrapper.find('[data-testid="field-phone-error"]').exists()).toBe(false);
    expect(wrapper.get('input').attributes('aria-invalid')).toBeUndefined();
  });

  it('marks a required field in words', () => {
    expect(mountField({ required: true }).get('label').text()).toContain('必填');
  });

  it('a group label names the group instead of pointing at one control', () => {
    const wrapper = mount(FormField, {
      props: { name: 'idType', label: '证件类型', group: true },
      slots: { default: ({ labelledby }: { labelledby: string }) => h('div', { role: 'radiogroup', 'aria-labelledby': labelledby }) },
      global: { plugins: [i18n] },
    });
    const label = wrapper.get('label');
    expect(label.attributes('for')).toBeUndefined();
    expect(wrapper.get('[role="radiogroup"]').attributes('aria-labelledby')).toBe(label.attributes('id'));
  });
});
