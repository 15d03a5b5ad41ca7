import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawWinners, seedHash, type PoolEntry } from '../../../server/draw/draw.ts';

const seedOf = (n: number) => createHash('sha256').update(`seed ${n}`).digest('hex');
const POOL: PoolEntry[] = [
  { code: '2027031000001', codes: 1 },
  { code: '2027031000002', codes: 2 },
  { code: '2027031000003', codes: 1 },
  { code: '2027031000004', codes: 4 },
];

const poolArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 999_999 }), { minLength: 1, maxLength: 40 })
  .chain((numbers) =>
    fc.tuple(...numbers.map((number) => fc.integer({ min: 1, max: 4 }).map((codes) => ({ code: `2027031${String(number).padStart(6, '0')}`, codes })))),
  );
const seedArbitrary = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('hex'));

describe('drawWinners (qk-draw-v1)', () => {
  it('gives the published example: pool, seed of 32 zero bytes, two winners', () => {
    expect(seedHash('00'.repeat(32))).toBe('66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925');
    expect(drawWinners(POOL, '00'.repeat(32), 2)).toEqual(['2027031000002', '2027031000003']);
  });

  it('is a function of the pool and the seed alone: the order the pool comes in does not matter', () => {
    fc.assert(
      fc.property(poolArbitrary, seedArbitrary, fc.integer({ min: 0, max: 50 }), (pool, seed, quota) => {
        const winners = drawWinners(pool, seed, quota);
        expect(drawWinners([...pool].reverse(), seed, quota)).toEqual(winners);
        expect(winners).toHaveLength(Math.min(quota, pool.length));
        expect(new Set(winners).size).toBe(winners.length);
        for (const winner of winners) expect(pool.map((entry) => entry.code)).toContain(winner);
      }),
    );
  });

  it('draws everyone when the quota covers the pool, in an order the seed decides', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, n) => drawWinners(POOL, seedOf(n), 10).join()));
    expect(orders.size).toBeGreaterThan(1);
    for (const order of orders) expect(order.split(',').sort()).toEqual(POOL.map((entry) => entry.code));
  });

  it('lets more codes win more often, about in proportion, over many seeds', () => {
    const pool: PoolEntry[] = Array.from({ length: 10 }, (_, i) => ({ code: `20270310000${String(i).padStart(2, '0')}`, codes: i === 7 ? 4 : 1 }));
    const wins = new Map<string, number>();
    const rounds = 2000;
    for (let n = 0; n < rounds; n++) {
      const [winner] = drawWinners(pool, seedOf(n), 1);
      wins.set(winner!, (wins.get(winner!) ?? 0) + 1);
    }
    const heavy = wins.get(pool[7]!.code) ?? 0;
    const lightAverage = (rounds - heavy) / 9;
    expect(heavy / rounds).toBeGreaterThan(0.25);
    expect(heavy / rounds).toBeLessThan(0.37);
    expect(heavy).toBeGreaterThan(3 * lightAverage);
  });
});
