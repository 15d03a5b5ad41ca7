import { z } from 'zod';
import { REVIEW_DECISIONS } from '../applications/statuses.ts';
import { ID_TYPES } from '../validation/id-number.ts';
import { IDENTITY_KINDS } from '../validation/kinds.ts';
import { personNameText, shortText, unitNameText } from './text.ts';

/**
 * Bodies of the development-only routes (DEV_API_PATHS), which a server
 * registers only with `devEndpoints`. The SMS inbox answers
 * devSmsMessageSchema items (verification.ts).
 */

/** Query of the SMS inbox: one phone's messages, or all. */
export const devSmsInboxQuerySchema = z.object({ phone: shortText.optional() });

/** A live captcha's answer, so an automated test can type it. */
export const devCaptchaAnswerSchema = z.object({ answer: z.string() });
export const devCaptchaParamsSchema = z.object({ id: shortText });

/**
 * Creates an account on the identity platform stand-in. personal: a person
 * with a document of any type (default 居民身份证) and perhaps a user name,
 * either of which logs in. legal: a unit with its credit code and its legal
 * representative (name and 居民身份证 number). Fields follow the same rules
 * as registration (shared/validation).
 */
export const devIdentityAccountSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('personal'),
    name: personNameText,
    idType: z.enum(ID_TYPES).default('resident_id'),
    idNumber: shortText,
    username: shortText.optional(),
    phone: shortText,
    password: shortText,
  }),
  z.strictObject({
    kind: z.literal('legal'),
    unitName: unitNameText,
    creditCode: shortText,
    representativeName: personNameText,
    representativeIdNumber: shortText,
    phone: shortText,
    password: shortText,
  }),
]);
/** As sent (idType may be left out). */
export type DevIdentityAccountInput = z.input<typeof devIdentityAccountSchema>;
/** As the server reads it. */
export type DevIdentityAccount = z.output<typeof devIdentityAccountSchema>;

export const devIdentityAccountCreatedSchema = z.object({ id: z.string(), kind: z.enum(IDENTITY_KINDS) });

/** Moves the server's clock forward, so codes, captchas, locks and sessions expire without waiting. */
export const devClockAdvanceSchema = z.strictObject({
  advanceSeconds: z.number().int().min(0).max(366 * 24 * 3600),
});

/** The server's clock after the move. */
export const devClockSchema = z.object({ now: z.iso.datetime() });

/** How many live sessions the account at `phone` has (to see that a late login was revoked). */
export const devSessionsQuerySchema = z.object({ phone: shortText });
export const devSessionsSchema = z.object({ live: z.number().int().min(0) });

/** The code of every application the central API holds, oldest first (to count what an outbox delivered). */
export const devApplicationCodesSchema = z.object({ codes: z.array(z.string()) });

/** The operator's review of an application: one step at a time (start: 审核中; approve: 审核通过; reject: 审核不通过). */
export const devReviewSchema = z.strictObject({ decision: z.enum(REVIEW_DECISIONS) });

