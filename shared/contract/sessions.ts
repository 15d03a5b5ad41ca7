import { z } from 'zod';
import { IDENTITY_KINDS, USER_TYPES } from '../validation/kinds.ts';
import type { IdentityLoginInput, PasswordLoginInput } from '../validation/forms.ts';
import { accountSchema } from './accounts.ts';
import { submissionGrantSchema } from './grants.ts';
import { captchaFields, shortText } from './text.ts';

/** 手机号码 + 密码 + 图片验证码 login to the quota system. */
export const passwordLoginSchema = z.strictObject({
  userType: z.enum(USER_TYPES),
  phone: shortText,
  password: shortText,
  ...captchaFields,
}) satisfies z.ZodType<PasswordLoginInput>;

/**
 * Login through the unified identity platform (海南省政务服务网): 个人登录 by
 * 用户名/证件号码 (loginName), 法人登录 by credit code, either by password and
 * picture code or by phone + SMS code.
 */
export const identityLoginSchema = z.discriminatedUnion('method', [
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('personal'), method: z.literal('password'), loginName: shortText, password: shortText, ...captchaFields }),
    z.strictObject({ kind: z.literal('legal'), method: z.literal('password'), creditCode: shortText, password: shortText, ...captchaFields }),
  ]),
  z.strictObject({ kind: z.enum(IDENTITY_KINDS), method: z.literal('sms'), phone: shortText, smsCode: shortText }),
]) satisfies z.ZodType<IdentityLoginInput>;

/**
 * A session: the bearer token stays in the kiosk's main process, never in the
 * page. A login from a terminal (one that sent `X-Terminal-Id`) also gets a
 * submission grant for that terminal's outbox (grants.ts); a server or a
 * request without it leaves it out.
 */
export const sessionSchema = z.object({
  token: z.string().min(32),
  expiresAt: z.iso.datetime(),
  account: accountSchema,
  submissionGrant: submissionGrantSchema.optional().describe('For a login that sent X-Terminal-Id: lets that terminal deliver the account’s queued requests (Authorization: Grant)'),
});
export type Session = z.infer<typeof sessionSchema>;
