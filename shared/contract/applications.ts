import { z } from 'zod';
import { APPLICATION_STATUSES } from '../applications/statuses.ts';
import { ID_TYPES } from '../validation/id-number.ts';
import { USER_TYPES } from '../validation/kinds.ts';
import { fieldValueSchema } from './catalog-fields.ts';
import { deliverableHeaders } from './grants.ts';
import { catalogDateSchema, catalogIdSchema } from './catalog-text.ts';
import { shortText } from './text.ts';

/**
 * `Idempotency-Key` (a UUID the kiosk makes once per application it means
 * to send): the same key with the same body answers what the first request
 * was answered (status and body) and creates nothing more; the same key
 * with another body is 422 idempotency_key_reused. Keys are per account.
 */
export const idempotencyHeadersSchema = z.object({ 'idempotency-key': z.uuid(), ...deliverableHeaders });

/** The same for requests that are idempotent by themselves (a cancellation, a ladder enrolment): the key is optional. */
export const optionalIdempotencyHeadersSchema = z.object({ 'idempotency-key': z.uuid().optional(), ...deliverableHeaders });

/** An application code (申请编码): the period, the indicator kind's digit, a sequence. */
export const applicationCodeSchema = z.string().regex(/^\d{13}$/);
export const applicationParamsSchema = z.object({ code: applicationCodeSchema });

/**
 * A new application, filled from the catalog of `catalogVersion`: the
 * indicator kind, its application type (申请类型), the applicant category,
 * the form's values by field name (readonly-from-account fields left out;
 * derived ones optional), the commitments ticked, and where the catalog's
 * wizard has an sms_confirm step, the application_confirm SMS code sent to
 * the account's phone.
 */
export const applicationRequestSchema = z.strictObject({
  catalogVersion: shortText.min(1),
  indicatorKind: catalogIdSchema,
  applicationType: catalogIdSchema,
  category: catalogIdSchema,
  values: z.record(z.string().max(64), fieldValueSchema).refine((values) => Object.keys(values).length <= 100, 'too many values'),
  commitments: z.array(catalogIdSchema).max(20),
  smsCode: shortText.optional(),
});
export type ApplicationRequest = z.infer<typeof applicationRequestSchema>;

/** One row of 我的申请: 申请编码, 姓名, 申请时间, 申请类型, 状态, and when the review result comes. */
export const applicationSummarySchema = z.object({
  code: applicationCodeSchema,
  applicantName: z.string(),
  submittedAt: z.iso.datetime(),
  indicatorKind: z.string(),
  applicationType: z.string(),
  category: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  /** The period the application joined (its draws, its review-result date). */
  periodId: z.string(),
  /** 审核结果将于…公布. */
  reviewResultOn: catalogDateSchema,
  /** 排号中: the place in the queue, 1 first; null otherwise. */
  queuePosition: z.number().int().positive().nullable(),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

/** A whole application: the summary, who applied (identifiers masked), the values as stored, what happened to it, its indicator. */
export const applicationSchema = applicationSummarySchema.extend({
  applicantType: z.enum(USER_TYPES),
  idType: z.enum(ID_TYPES),
  idNumberMasked: z.string(),
  catalogVersion: z.string(),
  /** Every value the application holds, readonly and derived ones included, identifiers masked. */
  values: z.record(z.string(), fieldValueSchema),
  commitments: z.array(z.string()),
  history: z.array(z.object({ status: z.enum(APPLICATION_STATUSES), at: z.iso.datetime() })),
  /** 指标编号 once won. */
  indicatorCode: z.string().nullable(),
  /** Whether POST …/cancellation would be accepted now. */
  cancellable: z.boolean(),
});
export type Application = z.infer<typeof applicationSchema>;

export const applicationListSchema = z.object({ applications: z.array(applicationSummarySchema) });


/**
 * What the application form may show before it is filled: the account's
 * data for readonly-from-account fields (identifiers masked) and the
 * values derived from its GB 11643 number (null with any other document).
 */
export const applicationPrefillSchema = z.object({
  account: z.object({
    name: z.string(),
    idType: z.enum(ID_TYPES),
    idNumber: z.string(),
    phone: z.string(),
    creditCode: z.string().nullable(),
    contactName: z.string().nullable(),
  }),
  derived: z.object({ sex: z.enum(['male', 'female']).nullable(), birthDate: catalogDateSchema.nullable() }),
});
export type ApplicationPrefill = z.infer<typeof applicationPrefillSchema>;
