import { z } from 'zod';
import { SMS_PURPOSES } from '../validation/kinds.ts';
import type { SmsRequestInput } from '../validation/forms.ts';
import { captchaFields, emptyRequestSchema, shortText } from './text.ts';

/** Asks for a picture captcha: an empty JSON object, or no body at all. */
export const captchaRequestSchema = emptyRequestSchema;

/** A picture captcha: single use, valid until `expiresAt`. */
export const captchaSchema = z.object({
  captchaId: z.string().min(1).max(64),
  /** An SVG document (no scripts); the kiosk shows it as an image. */
  svg: z.string().min(1),
  expiresAt: z.iso.datetime(),
});
export type Captcha = z.infer<typeof captchaSchema>;

/** Asks for an SMS code; the captcha answer is checked (and used up) first. */
export const smsRequestSchema = z.strictObject({
  purpose: z.enum(SMS_PURPOSES),
  phone: shortText,
  ...captchaFields,
}) satisfies z.ZodType<SmsRequestInput>;

export const smsSentSchema = z.object({
  /** Seconds before another code may be sent to this phone for this purpose. */
  resendAfterSeconds: z.number().int().nonnegative(),
  expiresAt: z.iso.datetime(),
});
export type SmsSent = z.infer<typeof smsSentSchema>;

/** Development only: what the SMS gateway "sent". */
export const devSmsMessageSchema = z.object({
  phone: z.string(),
  purpose: z.enum(SMS_PURPOSES),
  code: z.string(),
  sentAt: z.iso.datetime(),
});
export type DevSmsMessage = z.infer<typeof devSmsMessageSchema>;
