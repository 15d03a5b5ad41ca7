import { z } from 'zod';
import { catalogDateSchema, catalogIdSchema, localisedTextSchema } from './catalog-text.ts';

/**
 * One application period (期), e.g. 202703. Its dates, in order:
 * applications from `opensOn` to `closesOn` join it (a later one joins the
 * next period); 审核结果 on `reviewResultOn`; the draw pool freezes on
 * `poolFreezesOn` (the seed's hash is published before); the draw (and the
 * queue's allocation) on `drawOn`; results published on `resultOn`.
 * Cancellations are refused on the freeze day and the draw day.
 * `quotas` maps a lottery or queue application type to the indicators the
 * period allocates to it.
 */
export const catalogPeriodSchema = z.strictObject({
  id: z.string().regex(/^\d{6}$/),
  name: localisedTextSchema,
  opensOn: catalogDateSchema,
  closesOn: catalogDateSchema,
  reviewResultOn: catalogDateSchema,
  poolFreezesOn: catalogDateSchema,
  drawOn: catalogDateSchema,
  resultOn: catalogDateSchema,
  quotas: z.record(catalogIdSchema, z.number().int().nonnegative()),
});
export type CatalogPeriod = z.infer<typeof catalogPeriodSchema>;
