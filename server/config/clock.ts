/**
 * The one clock every expiry, lockout and resend rule reads. Development
 * servers may move it forward (never back) so tests can let codes expire
 * without waiting.
 */
export type ServerClock = {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Moves this clock `seconds` ahead of its source. */
  advance(seconds: number): void;
};

/** A clock reading `source` (default Date.now) plus whatever has been advanced. */
export function createServerClock(source: () => number = Date.now): ServerClock {
  let offsetMs = 0;
  return {
    now: () => source() + offsetMs,
    advance(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('the clock only moves forward');
      offsetMs += seconds * 1000;
    },
  };
}

/** `ms` since the epoch as an ISO 8601 UTC timestamp. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Whole seconds from `now` until `until`, rounded up, never negative. */
export function secondsUntil(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000));
}
