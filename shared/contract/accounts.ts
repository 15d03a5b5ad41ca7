import { z } from 'zod';
import { ID_TYPES } from '../validation/id-number.ts';
import { USER_TYPES } from '../validation/kinds.ts';
import type {
  ChangeNameInput,
  ChangePasswordInput,
  ChangePhoneInput,
  PasswordResetInput,
  PersonalRegistrationInput,
  UnitRegistrationInput,
} from '../validation/forms.ts';
import { captchaFields, personNameText, shortText, unitNameText } from './text.ts';

/**
 * A citizen's account as the kiosk may show it: identifiers come masked.
 * For a unit account `name` is the unit's name and the id fields are those of
 * the person handling its business (经办人).
 */
export const accountSchema = z.object({
  id: z.string().min(1),
  userType: z.enum(USER_TYPES),
  name: z.string(),
  idType: z.enum(ID_TYPES),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  /** Unit accounts only. */
  creditCode: z.string().nullable(),
  /** Unit accounts only: the handling person's name. */
  contactName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Account = z.infer<typeof accountSchema>;

export const personalRegistrationSchema = z.strictObject({
  name: personNameText,
  idType: z.enum(ID_TYPES),
  idNumber: shortText,
  phone: shortText,
  smsCode: shortText,
  password: shortText,
  ...captchaFields,
}) satisfies z.ZodType<PersonalRegistrationInput>;

export const unitRegistrationSchema = z.strictObject({
  unitName: unitNameText,
  creditCode: shortText,
  contactName: personNameText,
  contactIdType: z.enum(ID_TYPES),
  contactIdNumber: shortText,
  phone: shortText,
  smsCode: shortText,
  password: shortText,
  ...captchaFields,
}) satisfies z.ZodType<UnitRegistrationInput>;

export const passwordResetSchema = z.strictObject({
  phone: shortText,
  smsCode: shortText,
  newPassword: shortText,
  ...captchaFields,
}) satisfies z.ZodType<PasswordResetInput>;

export const changeNameSchema = z.strictObject({ name: personNameText }) satisfies z.ZodType<ChangeNameInput>;

export const changePasswordSchema = z.strictObject({
  oldPassword: shortText,
  newPassword: shortText,
}) satisfies z.ZodType<ChangePasswordInput>;

export const changePhoneSchema = z.strictObject({
  password: shortText,
  phone: shortText,
  smsCode: shortText,
}) satisfies z.ZodType<ChangePhoneInput>;

/** A successful write that has nothing to return. */
export const doneSchema = z.object({ done: z.literal(true) });
