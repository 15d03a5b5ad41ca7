import type { PeriodDraw } from '../../shared/contract/periods.ts';
import { drawWinners, seedHash } from './draw.ts';

/** What checking one published draw found: nothing wrong (ok), or each mismatch. */
export type DrawCheck = { applicationType: string; ok: boolean; problems: string[] };

/** Checks a published draw: the seed hashes to the published hash, and the draw run again on the pool gives the published winners. */
export function verifyDraw(draw: PeriodDraw): DrawCheck {
  const problems: string[] = [];
  if (draw.seed === null || draw.pool === null || draw.winners === null) {
    problems.push('not drawn yet: no seed, pool or winners published');
  } else {
    if (seedHash(draw.seed) !== draw.seedHash) problems.push('the seed does not hash to the published seed hash');
    const expected = drawWinners(draw.pool, draw.seed, draw.quota);
    if (expected.join(',') !== draw.winners.join(',')) problems.push('the winners are not those the seed draws from the pool');
  }
  return { applicationType: draw.applicationType, ok: problems.length === 0, problems };
}
