// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { useCountdown } from '../../../../renderer/forms/useCountdown.ts';

function mountCountdown() {
  let countdown!: ReturnType<typeof useCountdown>;
  const wrapper = mount(
    defineComponent({
      setup() {
        countdown = useCountdown();
        return () => h('div');
      },
    }),
  );
  return { wrapper, countdown };
}

describe('useCountdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts whole seconds down to zero, then stops its timer', () => {
    const { countdown } = mountCountdown();
    expect(countdown.secondsLeft.value).toBe(0);
    countdown.start(3);
    expect(countdown.secondsLeft.value).toBe(3);
    vi.advanceTimersByTime(999);
    expect(countdown.secondsLeft.value).toBe(3);
    vi.advanceTimersByTime(1);
    expect(countdown.secondsLeft.value).toBe(2);
    vi.advanceTimersByTime(2000);
    expect(countdown.secondsLeft.value).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows the clock, not the number of ticks', () => {
    const { countdown } = mountCountdown();
    countdown.start(10);
    vi.setSystemTime(Date.now() + 4000);
    vi.advanceTimersByTime(250);
    expect(countdown.secondsLeft.value).toBe(6);
  });

  it('restarts with one timer when started again', () => {
    const { countdown } = mountCountdown();
    countdown.start(60);
    vi.advanceTimersByTime(10_000);
    countdown.start(5);
    expect(countdown.secondsLeft.value).toBe(5);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(countdown.secondsLeft.value).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops on stop() and when its component unmounts', () => {
    const { wrapper, countdown } = mountCountdown();
    countdown.start(60);
    countdown.stop();
    expect(vi.getTimerCount()).toBe(0);
    countdown.start(60);
    wrapper.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
