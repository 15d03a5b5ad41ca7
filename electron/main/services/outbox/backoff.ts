/** Bounds of the wait between attempts. */
export type Backoff = { baseMs: number; maxMs: number };

/** 2 s doubling per attempt, at most 5 minutes. */
export const DEFAULT_BACKOFF: Readonly<Backoff> = { baseMs: 2000, maxMs: 5 * 60 * 1000 };

/**
 * The wait before attempt `attempts + 1`: base·2^(attempts-1), capped, of
 * which a random half (equal jitter), so terminals that lost the network
 * together do not all come back in the same second. `random` is in [0, 1).
 */
export function backoffDelay(attempts: number, random: number, { baseMs, maxMs }: Backoff): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
