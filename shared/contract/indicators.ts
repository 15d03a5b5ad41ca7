import { z } from 'zod';
import { INDICATOR_STATUSES } from '../applications/statuses.ts';
import { ID_TYPES } from '../validation/id-number.ts';
import { catalogDateSchema } from './catalog-text.ts';

/** 指标信息: 指标编号, 姓名, 证件类型, 证件号码 (masked), 指标取得日期, 指标状态, valid until. */
export const indicatorSchema = z.object({
  code: z.string(),
  applicationCode: z.string(),
  holderName: z.string(),
  idType: z.enum(ID_TYPES),
  idNumberMasked: z.string(),
  indicatorKind: z.string(),
  applicationType: z.string(),
  obtainedOn: catalogDateSchema,
  /** The last day it may be used (catalog.indicatorRules.validityMonths after obtainedOn, less a day). */
  validUntil: catalogDateSchema,
  status: z.enum(INDICATOR_STATUSES),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorListSchema = z.object({ indicators: z.array(indicatorSchema) });
export const indicatorParamsSchema = z.object({ code: z.string().regex(/^ZB\d{13}$/) });
