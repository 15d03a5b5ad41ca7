// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { i18n } from '../../../../renderer/i18n.ts';
import ChoiceGroup from '../../../../renderer/components/form/ChoiceGroup.vue';

const OPTIONS = [
  { value: 'personal', label: '个人用户', description: '以个人身份注册' },
  { value: 'unit', label: '单位用户' },
];

/** A group whose v-model is bound like a parent's would be. */
function mountGroup(modelValue: string | null) {
  const wrapper = mount(ChoiceGroup, {
    props: { name: 'userType', options: OPTIONS, modelValue, labelledby: 'user-type-label' },
    global: { plugins: [i18n] },
  });
  void wrapper.setProps({ 'onUpdate:modelValue': (value: unknown) => wrapper.setProps({ modelValue: value }) });
  return wrapper;
}

const ticked = (wrapper: ReturnType<typeof mountGroup>, value: string) =>
  wrapper.get(`[data-testid="choice-userType-${value}"]`).find('svg.icon').exists();

describe('ChoiceGroup', () => {
  it('is a labelled radio group of cards with a hook per option', () => {
    const wrapper = mountGroup(null);
    expect(wrapper.get('[role="radiogroup"]').attributes('aria-labelledby')).toBe('user-type-label');
    const personal = wrapper.get('[data-testid="choice-userType-personal"]');
    expect(personal.text()).toContain('个人用户');
    expect(personal.text()).toContain('以个人身份注册');
    expect(wrapper.findAll('input[type="radio"][name="userType"]')).toHaveLength(2);
    expect(wrapper.findAll('input:checked')).toHaveLength(0);
    expect(ticked(wrapper, 'personal') || ticked(wrapper, 'unit')).toBe(false);
  });

  it('choosing a card sets the model and moves the tick', async () => {
    const wrapper = mountGroup('personal');
    expect(wrapper.get<HTMLInputElement>('[data-testid="choice-userType-personal"] input').element.checked).toBe(true);
    expect(ticked(wrapper, 'personal')).toBe(true);
    await wrapper.get('[data-testid="choice-userType-unit"] input').setValue(true);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['unit']);
    expect(wrapper.get('[data-testid="choice-userType-unit"]').attributes('data-checked')).toBe('true');
    expect(ticked(wrapper, 'unit')).toBe(true);
    expect(ticked(wrapper, 'personal')).toBe(false);
  });
});
