import { z } from 'zod';
import { ALLOCATIONS } from '../catalog/kinds.ts';
import { catalogPeriodSchema } from './catalog-periods.ts';

/**
 * Where a period stands: open (taking applications), closed (no longer),
 * frozen (its pools are frozen and published), drawn (results published).
 */
export const PERIOD_PHASES = ['open', 'closed', 'frozen', 'drawn'] as const;

/** One lottery or queue application type in a period: its quota, how many took part and won (null until known). */
export const periodAllocationSchema = z.object({
  applicationType: z.string(),
  allocation: z.enum(ALLOCATIONS),
  quota: z.number().int().nonnegative(),
  applicants: z.number().int().nonnegative().nullable(),
  winners: z.number().int().nonnegative().nullable(),
});

/** The logged-in citizen's part in a period: one entry per application that took part. */
export const periodEntrySchema = z.object({
  applicationType: z.string(),
  applicationCode: z.string(),
  /** Lottery codes held (1 + ladder steps); null for a queue. */
  codes: z.number().int().positive().nullable(),
  result: z.enum(['pending', 'won', 'not_won']),
});

/** 往期增量详情: a past or current period with its allocations and, for a logged-in citizen, their own part. */
export const periodSummarySchema = catalogPeriodSchema.omit({ quotas: true }).extend({
  phase: z.enum(PERIOD_PHASES),
  allocations: z.array(periodAllocationSchema),
  /** Null without a session. */
  mine: z.array(periodEntrySchema).nullable(),
});
export type PeriodSummary = z.infer<typeof periodSummarySchema>;

export const periodListSchema = z.object({ periods: z.array(periodSummarySchema) });
export const periodParamsSchema = z.object({ id: z.string().regex(/^\d{6}$/) });

/** The draw algorithm a publication follows (docs/draw.md). */
export const DRAW_ALGORITHM = 'qk-draw-v1';

/**
 * A lottery draw as published, for anyone to verify: the seed's SHA-256
 * (published before the pool froze), the frozen pool (application codes
 * and lottery codes, no personal data), then at the draw the seed and the
 * winners in the order drawn.
 */
export const periodDrawSchema = z.object({
  periodId: z.string(),
  applicationType: z.string(),
  algorithm: z.literal(DRAW_ALGORITHM),
  quota: z.number().int().nonnegative(),
  seedHash: z.string().regex(/^[0-9a-f]{64}$/),
  seed: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  pool: z.array(z.object({ code: z.string(), codes: z.number().int().positive() })).nullable(),
  winners: z.array(z.string()).nullable(),
  frozenAt: z.iso.datetime().nullable(),
  drawnAt: z.iso.datetime().nullable(),
});
export type PeriodDraw = z.infer<typeof periodDrawSchema>;

/** A period's lottery draws, one per lottery application type. */
export const periodDrawsSchema = z.object({ periodId: z.string(), draws: z.array(periodDrawSchema) });
export type PeriodDraws = z.infer<typeof periodDrawsSchema>;
