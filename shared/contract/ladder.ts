import { z } from 'zod';
import { catalogDateSchema } from './catalog-text.ts';

/**
 * The citizen's ladder lottery (阶梯摇号): enrolled or not, the lottery
 * draws counted (since the last win) as of today (catalog.ladder.countText
 * words it: 截止 {date}，您已累计参加…摇号 {count} 次), the periods taken
 * part in by year, and the ladder the server computed from the catalog's
 * rule: steps, lottery codes in the next draw (1 + steps when enrolled),
 * draws still needed for the next step (null at the top).
 */
export const ladderSchema = z.object({
  enrolled: z.boolean(),
  asOf: catalogDateSchema,
  drawCount: z.number().int().nonnegative(),
  steps: z.number().int().nonnegative(),
  codes: z.number().int().positive(),
  drawsToNextStep: z.number().int().positive().nullable(),
  drawsPerStep: z.number().int().positive(),
  maxSteps: z.number().int().positive(),
  /** Years in order, each with its period ids in order (e.g. 2015: 201509, 201510). */
  periodsByYear: z.array(z.object({ year: z.string(), periods: z.array(z.string()) })),
});
export type Ladder = z.infer<typeof ladderSchema>;

