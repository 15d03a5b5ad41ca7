/** The ladder lottery's arithmetic (阶梯摇号), from a catalog's ladder rule. */
import type { LadderRule } from '../contract/catalog-schema.ts';

/** Ladder steps after `draws` counted draws: one per drawsPerStep, at most maxSteps (Hangzhou: 24 draws a step, 3 at most). */
export function ladderSteps(rule: Pick<LadderRule, 'drawsPerStep' | 'maxSteps'>, draws: number): number {
  return Math.min(rule.maxSteps, Math.floor(Math.max(0, draws) / rule.drawsPerStep));
}

/** Lottery codes an applicant holds in a draw: 1, plus the ladder steps when enrolled. */
export function lotteryCodes(steps: number): number {
  return 1 + steps;
}

/** Draws still needed for the next step; null at the top step. */
export function drawsToNextStep(rule: Pick<LadderRule, 'drawsPerStep' | 'maxSteps'>, draws: number): number | null {
  const steps = ladderSteps(rule, draws);
  if (steps >= rule.maxSteps) return null;
  return (steps + 1) * rule.drawsPerStep - draws;
}
