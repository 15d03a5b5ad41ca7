export interface IdleTimerOptions {
  /** Milliseconds without a touch or key before the citizen is asked whether they need more time. */
  idleMs: number;
  /** Milliseconds the question counts down before the session is wiped. */
  countdownMs: number;
  /** The question goes up, with this many whole seconds left. */
  onWarn: (secondsLeft: number) => void;
  /** A touch during the countdown: the question comes down, the session goes on. */
  onResume: () => void;
  /** Nobody answered: wipe. */
  onExpire: () => void;
  /** The timer starts or stops watching (a session is on screen, or not). */
  onArmedChange?: (armed: boolean) => void;
}

/**
 * The idle countdown, kept in main so that a renderer that hangs or dies
 * cannot keep a session open. Only reported touches and keys count as
 * activity: a request waiting on the central API does not.
 */
export function createIdleTimer({ idleMs, countdownMs, onWarn, onResume, onExpire, onArmedChange }: IdleTimerOptions) {
  let armed = false;
  let warning = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(warn, idleMs);
  }

  function warn(): void {
    warning = true;
    onWarn(Math.ceil(countdownMs / 1000));
    timer = setTimeout(expire, countdownMs);
  }

  function expire(): void {
    stop();
    onExpire();
  }

  /** Every reported touch or key: starts the watch if it was off, and restarts the wait. */
  function activity(): void {
    if (!armed) {
      armed = true;
      onArmedChange?.(true);
    }
    if (warning) {
      warning = false;
      onResume();
    }
    schedule();
  }

  /** Stops watching (the session was wiped): nothing fires until the next activity. */
  function stop(): void {
    clearTimeout(timer);
    timer = undefined;
    warning = false;
    if (armed) {
      armed = false;
      onArmedChange?.(false);
    }
  }

  return { activity, stop, isArmed: () => armed, isWarning: () => warning };
}

export type IdleTimer = ReturnType<typeof createIdleTimer>;
