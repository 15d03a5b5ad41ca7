// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import CheckTick from '../../../../renderer/components/form/CheckTick.vue';

describe('CheckTick', () => {
  it('is a labelled checkbox whose tick shows only when checked', async () => {
    const wrapper = mount(CheckTick, {
      props: { name: 'readRules', modelValue: false, describedby: 'rules-error', invalid: true },
      slots: { default: '我已阅读管理办法' },
    });
    await wrapper.setProps({ 'onUpdate:modelValue': (value: unknown) => wrapper.setProps({ modelValue: value }) });
    const label = wrapper.get('[data-testid="check-readRules"]');
    const box = wrapper.get<HTMLInputElement>('input[type="checkbox"]');
    expect(label.text()).toContain('我已阅读管理办法');
    expect(box.attributes('aria-describedby')).toBe('rules-error');
    expect(box.attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('svg.icon').exists()).toBe(false);
    await box.setValue(true);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([true]);
    expect(wrapper.find('svg.icon').exists()).toBe(true);
    expect(label.attributes('data-checked')).toBe('true');
    await box.setValue(false);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
    expect(wrapper.find('svg.icon').exists()).toBe(false);
  });

  it('takes its label from a prop too', () => {
    const wrapper = mount(CheckTick, { props: { name: 'agree', modelValue: true, label: '我同意' } });
    expect(wrapper.text()).toBe('我同意');
    expect(wrapper.get<HTMLInputElement>('input').element.checked).toBe(true);
  });
});
