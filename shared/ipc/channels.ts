import { z } from 'zod';
import { hallNameSchema } from '../hall-name.ts';
import { LOCALES } from '../locales.ts';
import { catalogDocumentIdSchema, catalogDocumentSchema } from '../contract/catalog.ts';
import {
  accountSchema,
  changeNameSchema,
  changePasswordSchema,
  changePhoneSchema,
  doneSchema,
  passwordResetSchema,
  personalRegistrationSchema,
  unitRegistrationSchema,
} from '../contract/accounts.ts';
import {
  applicationCodeSchema,
  applicationListSchema,
  applicationPrefillSchema,
  applicationRequestSchema,
  applicationSchema,
} from '../contract/applications.ts';
import { catalogSchema } from '../contract/catalog-schema.ts';
import { indicatorListSchema } from '../contract/indicators.ts';
import { ladderSchema } from '../contract/ladder.ts';
import { periodDrawsSchema, periodListSchema, periodParamsSchema } from '../contract/periods.ts';
import { identityLoginSchema, passwordLoginSchema } from '../contract/sessions.ts';
import { smsRequestSchema, smsSentSchema } from '../contract/verification.ts';
import { localReferenceSchema, outboxSettledSchema, outboxStatusSchema, sentOrQueuedSchema } from '../outbox/queued.ts';
import type { EventChannel, InvokeChannel } from './names.ts';

const localeSchema = z.enum(LOCALES);

export const appInfoSchema = z.object({
  version: z.string(),
  terminalId: z.string(),
  hallName: hallNameSchema,
  defaultLocale: localeSchema,
  idleTimeoutSeconds: z.number().int().positive(),
  idleCountdownSeconds: z.number().int().positive(),
  /** A demonstration terminal: every screen says so. */
  demoMode: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const connectivityStateSchema = z.object({
  /** null until the first probe has answered or failed. */
  online: z.boolean().nullable(),
  checkedAt: z.iso.datetime().nullable(),
});
export type ConnectivityState = z.infer<typeof connectivityStateSchema>;

/** A captcha as the page gets it: the SVG already wrapped as a data: URL for an <img>. */
export const captchaImageSchema = z.object({
  captchaId: z.string().min(1),
  image: z.string().startsWith('data:image/svg+xml;base64,'),
  expiresAt: z.iso.datetime(),
});
export type CaptchaImage = z.infer<typeof captchaImageSchema>;

/** Why a terminal session ended (electron/main/services/session/wipe.ts). */
export const WIPE_REASONS = ['logout', 'start', 'idle', 'expired', 'reload', 'crash'] as const;

/** Sent as a wipe begins: the page of an earlier epoch blanks itself and waits to be replaced. */
export const sessionEndedSchema = z.object({
  reason: z.enum(WIPE_REASONS),
  /** The epoch that now begins. */
  epoch: z.number().int().positive(),
});

/** What a page learns as it starts: its epoch, and what to tell the next person about the last session. */
export const sessionStateSchema = z.object({
  epoch: z.number().int().positive(),
  notice: z.enum(['logout', 'idle', 'expired']).nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

/** The idle question goes up with this many seconds to answer it. */
export const idleWarningSchema = z.object({ secondsLeft: z.number().int().positive() });

/**
 * An application as the page sends it: the request body, and the id of the
 * draft it was filled in (the page makes one per wizard it opens). Main
 * gives each draft one Idempotency-Key and reuses it when the same draft is
 * sent again, so a retry after a lost answer creates nothing twice.
 */
export const applicationSubmissionSchema = z.strictObject({ draftId: z.uuid(), application: applicationRequestSchema });

const applicationRefSchema = z.strictObject({ code: applicationCodeSchema });

/** What 打印回执 prints: an application's receipt, or a 待提交 receipt by its local reference. */
const receiptRefSchema = z.strictObject({ code: z.union([applicationCodeSchema, localReferenceSchema]) });

/** 完成申请's receipt: the application code as a QR code (an SVG data: URL for an <img>). */
export const receiptSchema = z.object({ code: applicationCodeSchema, qrImage: z.string().startsWith('data:image/svg+xml;base64,') });
export type Receipt = z.infer<typeof receiptSchema>;

/** Where 打印回执 sent the receipt: the configured printer, or a PDF in the receipts folder. */
export const receiptPrintedSchema = z.object({ destination: z.enum(['printer', 'file']) });

/** The one IPC contract: channel -> request schema -> response schema. */
export const invokeChannels = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'connectivity:get': { request: z.undefined(), response: connectivityStateSchema },
  'catalog:document': {
    request: z.strictObject({ id: catalogDocumentIdSchema, locale: localeSchema }),
    response: catalogDocumentSchema,
  },
  // The terminal session: ended by the page (logout, back to the start screen), kept alive by touches.
  'session:state': { request: z.undefined(), response: sessionStateSchema },
  'session:end': { request: z.strictObject({ reason: z.enum(['logout', 'start']) }), response: doneSchema },
  'session:activity': { request: z.undefined(), response: doneSchema },
  // Accounts: the session token stays in main; the page only ever sees the account.
  'auth:captcha': { request: z.undefined(), response: captchaImageSchema },
  'auth:request-sms': { request: smsRequestSchema, response: smsSentSchema },
  'auth:register-personal': { request: personalRegistrationSchema, response: accountSchema },
  'auth:register-unit': { request: unitRegistrationSchema, response: accountSchema },
  'auth:login': { request: passwordLoginSchema, response: accountSchema },
  'auth:identity-login': { request: identityLoginSchema, response: accountSchema },
  'auth:reset-password': { request: passwordResetSchema, response: doneSchema },
  'account:get': { request: z.undefined(), response: accountSchema },
  'account:change-name': { request: changeNameSchema, response: accountSchema },
  'account:change-password': { request: changePasswordSchema, response: doneSchema },
  'account:change-phone': { request: changePhoneSchema, response: accountSchema },
  // The catalog (what differs between provinces), as main last read it from the central API.
  'catalog:get': { request: z.undefined(), response: catalogSchema },
  // Applications, indicators, the ladder lottery and periods: for the logged-in citizen (periods and draws for anyone).
  'applications:prefill': { request: z.undefined(), response: applicationPrefillSchema },
  // Submit, cancel and enrol are sent at once, or queued in the outbox when the central API cannot be reached.
  'applications:submit': { request: applicationSubmissionSchema, response: sentOrQueuedSchema(applicationSchema) },
  'applications:list': { request: z.undefined(), response: applicationListSchema },
  'applications:get': { request: applicationRefSchema, response: applicationSchema },
  'applications:cancel': { request: applicationRefSchema, response: sentOrQueuedSchema(applicationSchema) },
  'applications:receipt': { request: applicationRefSchema, response: receiptSchema },
  'applications:print-receipt': { request: receiptRefSchema, response: receiptPrintedSchema },
  'indicators:list': { request: z.undefined(), response: indicatorListSchema },
  'ladder:get': { request: z.undefined(), response: ladderSchema },
  'ladder:enrol': { request: z.undefined(), response: sentOrQueuedSchema(ladderSchema) },
  'periods:list': { request: z.undefined(), response: periodListSchema },
  'periods:draws': { request: periodParamsSchema.strict(), response: periodDrawsSchema },
  // Read-only, for the staff panel: what waits in the outbox, what was refused, alerts and problems (nothing personal).
  'outbox:status': { request: z.undefined(), response: outboxStatusSchema },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

/** Events main -> renderer: channel -> payload schema. */
export const eventChannels = {
  'connectivity:changed': connectivityStateSchema,
  'session:ended': sessionEndedSchema,
  'idle:warning': idleWarningSchema,
  'idle:resumed': z.object({}),
  'outbox:settled': outboxSettledSchema,
} as const satisfies Record<EventChannel, z.ZodType>;

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;
