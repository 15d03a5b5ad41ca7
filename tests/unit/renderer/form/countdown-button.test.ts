// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { i18n } from '../../../../renderer/i18n.ts';
import CountdownButton from '../../../../renderer/components/form/CountdownButton.vue';

function mountButton(props: Record<string, unknown>) {
  return mount(CountdownButton, { props: { label: '获取短信验证码', secondsLeft: 0, ...props }, global: { plugins: [i18n] } });
}

describe('CountdownButton', () => {
  it('shows its label and emits press when not counting', async () => {
    const wrapper = mountButton({});
    expect(wrapper.text()).toBe('获取短信验证码');
    expect(wrapper.attributes('disabled')).toBeUndefined();
    await wrapper.trigger('click');
    expect(wrapper.emitted('press')).toHaveLength(1);
  });

  it('is disabled and shows the seconds left while counting', async () => {
    const wrapper = mountButton({ secondsLeft: 58 });
    expect(wrapper.text()).toBe('重新获取（58秒）');
    expect(wrapper.attributes('disabled')).toBeDefined();
    expect(wrapper.attributes('data-counting')).toBe('true');
    await wrapper.trigger('click');
    expect(wrapper.emitted('press')).toBeUndefined();
    await wrapper.setProps({ secondsLeft: 1 });
    expect(wrapper.text()).toBe('重新获取（1秒）');
    await wrapper.setProps({ secondsLeft: 0 });
    expect(wrapper.text()).toBe('获取短信验证码');
    expect(wrapper.attributes('disabled')).toBeUndefined();
  });

  it('takes a counting label and an extra disabled reason', () => {
    expect(mountButton({ secondsLeft: 9, countingLabel: '9秒后可重发' }).text()).toBe('9秒后可重发');
    expect(mountButton({ disabled: true }).attributes('disabled')).toBeDefined();
  });
});
