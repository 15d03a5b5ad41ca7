import { secondsUntil, type ServerClock } from '../config/clock.ts';
import { ApiFailure } from '../http/failure.ts';

/** At most `max` events per client in any `windowSeconds` (a sliding window). */
export type RateRule = { max: number; windowSeconds: number };

/** One counted event; giving it back uncounts it (a login that succeeded is no part of a spray). */
export type ThrottleSlot = { release(): void };

/** Counts events per client (its IP address) and refuses the one past the rule. */
export type Throttle = {
  /** Counts an event for `client`; throws 429 too_many_requests (with retryAfterSeconds) when the window is full. */
  take(client: string): ThrottleSlot;
};

/** Past this many clients, taking an event also forgets every client whose window is empty. */
const SWEEP_AT_CLIENTS = 10_000;

/**
 * A throttle kept in this process's memory, reading `clock` (so the
 * development clock moves its windows too). A client is whatever the route
 * passes: the caller's IP address, never a header the caller chooses.
 */
export function createThrottle(clock: ServerClock, rule: RateRule): Throttle {
  const windowMs = rule.windowSeconds * 1000;
  const events = new Map<string, number[]>();

  function live(client: string, now: number): number[] {
    const kept = (events.get(client) ?? []).filter((at) => at > now - windowMs);
    if (kept.length > 0) events.set(client, kept);
    else events.delete(client);
    return kept;
  }

  return {
    take(client) {
      const now = clock.now();
      if (events.size > SWEEP_AT_CLIENTS) for (const known of [...events.keys()]) live(known, now);
      const kept = live(client, now);
      if (kept.length >= rule.max) {
        throw new ApiFailure({
          status: 429,
          code: 'too_many_requests',
          message: 'too many requests from this client; try again later',
          retryAfterSeconds: Math.max(1, secondsUntil(kept[0]! + windowMs, now)),
        });
      }
      events.set(client, [...kept, now]);
      return {
        release() {
          const held = events.get(client) ?? [];
          const index = held.indexOf(now);
          if (index >= 0) held.splice(index, 1);
        },
      };
    },
  };
}
