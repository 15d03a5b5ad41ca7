import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from '../../../electron/main/services/session/idle-timer.ts';

function setup() {
  const log: string[] = [];
  const timer = createIdleTimer({
    idleMs: 30_000,
    countdownMs: 20_000,
    onWarn: (seconds) => log.push(`warn ${seconds}`),
    onResume: () => log.push('resume'),
    onExpire: () => log.push('expire'),
    onArmedChange: (armed) => log.push(armed ? 'armed' : 'disarmed'),
  });
  return { timer, log };
}

describe('idle timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does nothing until the first touch (the attract screen is not watched)', () => {
    const { log } = setup();
    vi.advanceTimersByTime(600_000);
    expect(log).toEqual([]);
  });

  it('asks after the idle time, then wipes when the countdown ends', () => {
    const { timer, log } = setup();
    timer.activity();
    vi.advanceTimersByTime(29_999);
    expect(log).toEqual(['armed']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['armed', 'warn 20']);
    vi.advanceTimersByTime(19_999);
    expect(log).toEqual(['armed', 'warn 20']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['armed', 'warn 20', 'disarmed', 'expire']);
    vi.advanceTimersByTime(600_000);
    expect(log).toHaveLength(4);
  });

  it('starts the wait again on every touch, and a touch during the countdown takes the question down', () => {
    const { timer, log } = setup();
    timer.activity();
    vi.advanceTimersByTime(25_000);
    timer.activity();
    vi.advanceTimersByTime(25_000);
    expect(log).toEqual(['armed']);
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(['armed', 'warn 20']);
    vi.advanceTimersByTime(15_000);
    timer.activity();
    expect(log).toEqual(['armed', 'warn 20', 'resume']);
    vi.advanceTimersByTime(29_999);
    expect(timer.isWarning()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(timer.isWarning()).toBe(true);
  });

  it('stop() ends the watch: no question, no wipe, until the next touch', () => {
    const { timer, log } = setup();
    timer.activity();
    vi.advanceTimersByTime(31_000);
    timer.stop();
    vi.advanceTimersByTime(600_000);
    expect(log).toEqual(['armed', 'warn 20', 'disarmed']);
    expect(timer.isArmed()).toBe(false);
  });
});
