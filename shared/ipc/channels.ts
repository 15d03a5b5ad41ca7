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
import { identityLoginSchema, passwordLoginSchema } from '../contract/sessions.ts';
import { smsRequestSchema, smsSentSchema } from '../contract/verification.ts';
import type { EventChannel, InvokeChannel } from './names.ts';

const localeSchema = z.enum(LOCALES);

export const appInfoSchema = z.object({
  version: z.string(),
  terminalId: z.string(),
  hallName: hallNameSchema,
  defaultLocale: localeSchema,
  idleTimeoutSeconds: z.number().int().positive(),
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

export const sessionEndedSchema = z.object({
  /** 'logout': the citizen or the kiosk ended it; 'expired': the central API no longer knows it. */
  reason: z.enum(['logout', 'expired']),
});

/** The one IPC contract: channel -> request schema -> response schema. */
export const invokeChannels = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'connectivity:get': { request: z.undefined(), response: connectivityStateSchema },
  'catalog:document': {
    request: z.strictObject({ id: catalogDocumentIdSchema, locale: localeSchema }),
    response: catalogDocumentSchema,
  },
  // Accounts: the session token stays in main; the page only ever sees the account.
  'auth:captcha': { request: z.undefined(), response: captchaImageSchema },
  'auth:request-sms': { request: smsRequestSchema, response: smsSentSchema },
  'auth:register-personal': { request: personalRegistrationSchema, response: accountSchema },
  'auth:register-unit': { request: unitRegistrationSchema, response: accountSchema },
  'auth:login': { request: passwordLoginSchema, response: accountSchema },
  'auth:identity-login': { request: identityLoginSchema, response: accountSchema },
  'auth:reset-password': { request: passwordResetSchema, response: doneSchema },
  'auth:logout': { request: z.undefined(), response: doneSchema },
  'account:get': { request: z.undefined(), response: accountSchema },
  'account:change-name': { request: changeNameSchema, response: accountSchema },
  'account:change-password': { request: changePasswordSchema, response: doneSchema },
  'account:change-phone': { request: changePhoneSchema, response: accountSchema },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

/** Events main -> renderer: channel -> payload schema. */
export const eventChannels = {
  'connectivity:changed': connectivityStateSchema,
  'session:ended': sessionEndedSchema,
} as const satisfies Record<EventChannel, z.ZodType>;

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;
