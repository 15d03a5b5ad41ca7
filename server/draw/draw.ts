/**
 * The draw (docs/draw.md, algorithm qk-draw-v1), a pure function of the
 * frozen pool and the seed: the reference server runs it, and
 * `npm run draw:verify` runs it again on what was published.
 */
import { createHash, createHmac } from 'node:crypto';

/** One applicant in a pool: the application code and its lottery codes (1 + ladder steps). */
export type PoolEntry = { code: string; codes: number };

const TWO_48 = 2 ** 48;

/** A fresh seed: 32 random bytes as 64 hex digits. */
export function seedHex(bytes: Uint8Array): string {
  if (bytes.length !== 32) throw new RangeError('a seed is 32 bytes');
  return Buffer.from(bytes).toString('hex');
}

/** The published commitment to a seed: SHA-256 of its 32 bytes, hex. */
export function seedHash(seed: string): string {
  return createHash('sha256').update(Buffer.from(seed, 'hex')).digest('hex');
}

/**
 * Uniform integers from the seed: block i is HMAC-SHA256(key: the seed's
 * bytes, message: i in decimal ASCII), read as its first 6 bytes, a 48-bit
 * big-endian integer x; x < 2^48 - (2^48 mod n) gives x mod n, a larger x
 * is rejected and the next block read.
 */
function uniformStream(seed: string): (n: number) => number {
  const key = Buffer.from(seed, 'hex');
  let counter = 0;
  return (n) => {
    const limit = TWO_48 - (TWO_48 % n);
    for (;;) {
      const block = createHmac('sha256', key).update(String(counter++)).digest();
      const x = block.readUIntBE(0, 6);
      if (x < limit) return x % n;
    }
  };
}

/** A Fenwick tree over the entries' remaining codes: prefix sums and "which entry holds ticket r" in log time. */
function ticketTree(weights: readonly number[]) {
  const size = weights.length;
  const tree = new Array<number>(size + 1).fill(0);
  const add = (index: number, delta: number) => {
    for (let i = index + 1; i <= size; i += i & -i) tree[i]! += delta;
  };
  weights.forEach((weight, index) => add(index, weight));
  let top = 1;
  while (top * 2 <= size) top *= 2;
  return {
    add,
    /** The entry whose tickets hold position r (0-based) of the remaining tickets in entry order. */
    find(r: number): number {
      let position = 0;
      let rest = r;
      for (let step = top; step > 0; step >>= 1) {
        const next = position + step;
        if (next <= size && tree[next]! <= rest) {
          position = next;
          rest -= tree[next]!;
        }
      }
      return position;
    },
  };
}

/**
 * The winners, in the order drawn: the pool sorted by application code,
 * each entry holding `codes` consecutive tickets; each round takes a
 * uniform r below the number of remaining tickets, the entry holding
 * ticket r wins and all its tickets leave. min(quota, pool size) rounds.
 */
export function drawWinners(pool: readonly PoolEntry[], seed: string, quota: number): string[] {
  const entries = [...pool].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const tree = ticketTree(entries.map((entry) => entry.codes));
  const uniform = uniformStream(seed);
  let remaining = entries.reduce((sum, entry) => sum + entry.codes, 0);
  const winners: string[] = [];
  while (winners.length < Math.min(quota, entries.length)) {
    const index = tree.find(uniform(remaining));
    const winner = entries[index]!;
    winners.push(winner.code);
    tree.add(index, -winner.codes);
    remaining -= winner.codes;
  }
  return winners;
}
