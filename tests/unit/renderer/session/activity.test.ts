import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActivityReporter } from '../../../../renderer/session/activity.ts';

describe('activity reporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first touch at once, at most one a second after, and always the last of a burst', () => {
    const send = vi.fn();
    const reporter = createActivityReporter({ send, now: () => Date.now(), intervalMs: 1000 });
    reporter.report();
    expect(send).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i += 1) {
      vi.advanceTimersByTime(50);
      reporter.report();
    }
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    expect(send).toHaveBeenCalledTimes(2);
    reporter.report();
    expect(send).toHaveBeenCalledTimes(3);
  });
});
