import { z } from 'zod';
import { APPLICATION_STATUSES, INDICATOR_STATUSES } from '../applications/statuses.ts';
import { ALLOCATIONS, NOTICE_PLACES, WIZARD_STEP_IDS } from '../catalog/kinds.ts';
import { USER_TYPES } from '../validation/kinds.ts';
import { catalogDocumentIdSchema } from './catalog.ts';
import { catalogFieldSchema } from './catalog-fields.ts';
import { catalogPeriodSchema } from './catalog-periods.ts';
import { catalogIdSchema, localisedTextSchema } from './catalog-text.ts';

/** 申请类型: one way of obtaining an indicator of a kind, e.g. 普通小客车（摇号）, 新能源小客车（排号）. */
export const applicationTypeSchema = z.strictObject({
  id: catalogIdSchema,
  label: localisedTextSchema,
  allocation: z.enum(ALLOCATIONS),
});
export type ApplicationType = z.infer<typeof applicationTypeSchema>;

/** 指标类型: 增量指标, 更新指标, 其他指标, each with its application types. */
export const indicatorKindSchema = z.strictObject({
  id: catalogIdSchema,
  label: localisedTextSchema,
  description: localisedTextSchema,
  applicationTypes: z.array(applicationTypeSchema).min(1),
});
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/**
 * 申请人类别: who may apply for an indicator kind (a person's or a unit's
 * account, `applicantType`), the evidence it rests on (`evidence`, the
 * fields that carry it among `fields`), the form's fields in order, and the
 * commitments (承诺) to tick on the review step.
 */
export const applicantCategorySchema = z.strictObject({
  id: catalogIdSchema,
  indicatorKind: catalogIdSchema,
  applicantType: z.enum(USER_TYPES),
  label: localisedTextSchema,
  evidence: localisedTextSchema,
  applicationTypes: z.array(catalogIdSchema).min(1),
  fields: z.array(catalogFieldSchema).min(1),
  commitments: z.array(catalogIdSchema),
});
export type ApplicantCategory = z.infer<typeof applicantCategorySchema>;

export const commitmentSchema = z.strictObject({ id: catalogIdSchema, text: localisedTextSchema });
export type Commitment = z.infer<typeof commitmentSchema>;

/** A notice the kiosk shows at the places listed (e.g. the draw witnesses notice on the review step). */
export const noticeSchema = z.strictObject({
  id: catalogIdSchema,
  title: localisedTextSchema,
  text: localisedTextSchema,
  shownAt: z.array(z.enum(NOTICE_PLACES)).min(1),
});
export type Notice = z.infer<typeof noticeSchema>;

/** A residence area: a city (or county-level city) and its districts; an `area` field's value is a district's code. */
export const residenceAreaSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/),
  name: localisedTextSchema,
  districts: z.array(z.strictObject({ code: z.string().regex(/^\d{6}$/), name: localisedTextSchema })).min(1),
});
export type ResidenceArea = z.infer<typeof residenceAreaSchema>;

/** 准驾车型, Ministry of Public Security Order 162. */
export const licenceClassSchema = z.strictObject({ code: z.string().regex(/^[A-Z]\d?$/), label: localisedTextSchema });
export type LicenceClass = z.infer<typeof licenceClassSchema>;

export const wizardStepSchema = z.strictObject({ id: z.enum(WIZARD_STEP_IDS), label: localisedTextSchema });
export type WizardStep = z.infer<typeof wizardStepSchema>;

/**
 * 阶梯摇号 (ladder lottery): an enrolled person's lottery codes in the draws
 * of `applicationTypes` are 1 + steps, steps = min(maxSteps,
 * floor(draws / drawsPerStep)), draws counted since the last win when
 * resetOnWin. `optInField` is the application form's yesno field that
 * enrols; `countText` says the count ({date}, {count}).
 */
export const ladderRuleSchema = z.strictObject({
  applicationTypes: z.array(catalogIdSchema).min(1),
  drawsPerStep: z.number().int().positive(),
  maxSteps: z.number().int().positive(),
  resetOnWin: z.boolean(),
  optInField: z.string().min(1),
  countText: localisedTextSchema,
  enrolPrompt: localisedTextSchema,
  enrolled: localisedTextSchema,
});
export type LadderRule = z.infer<typeof ladderRuleSchema>;

/**
 * The whole catalog the central API serves: what differs between provinces
 * and cities and changes with policy. `version` changes whenever anything
 * in it does (the API's ETag); an application names the version its form
 * was filled from.
 */
export const catalogSchema = z.strictObject({
  version: z.string().min(1),
  id: catalogIdSchema,
  region: z.strictObject({ code: z.string().regex(/^\d{6}$/), name: localisedTextSchema }),
  systemName: localisedTextSchema,
  /** The catalog's dates are days in this offset from UTC (China: 480). */
  utcOffsetMinutes: z.number().int().min(-720).max(840),
  wizard: z.strictObject({
    steps: z.array(wizardStepSchema).min(2),
    /** What the 填报说明 step says, the catalog document it shows under that (none: the text alone), and the tick under it. */
    instructions: localisedTextSchema,
    instructionsDocument: catalogDocumentIdSchema.nullable(),
    acknowledgement: localisedTextSchema,
    done: localisedTextSchema,
  }),
  indicatorKinds: z.array(indicatorKindSchema).min(1),
  categories: z.array(applicantCategorySchema).min(1),
  commitments: z.array(commitmentSchema),
  notices: z.array(noticeSchema),
  residenceAreas: z.array(residenceAreaSchema).min(1),
  licenceClasses: z.array(licenceClassSchema).min(1),
  statusLabels: z.strictObject(
    Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, localisedTextSchema])) as Record<
      (typeof APPLICATION_STATUSES)[number],
      typeof localisedTextSchema
    >,
  ),
  indicatorStatusLabels: z.strictObject(
    Object.fromEntries(INDICATOR_STATUSES.map((status) => [status, localisedTextSchema])) as Record<
      (typeof INDICATOR_STATUSES)[number],
      typeof localisedTextSchema
    >,
  ),
  periods: z.array(catalogPeriodSchema).min(1),
  indicatorRules: z.strictObject({
    /** An indicator is valid this many months from the day it was obtained. */
    validityMonths: z.number().int().positive(),
    validity: localisedTextSchema,
    penalty: localisedTextSchema,
  }),
  ladder: ladderRuleSchema.nullable(),
});
export type Catalog = z.infer<typeof catalogSchema>;

/** A catalog as its data is written, before the server stamps its version. */
export type CatalogData = Omit<z.input<typeof catalogSchema>, 'version'>;

/** The catalog route's answer is the catalog; `If-None-Match` with its ETag answers 304. */
export const catalogResponseSchema = catalogSchema;
