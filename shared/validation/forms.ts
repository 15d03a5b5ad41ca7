/**
 * Whole-form checks for the account requests. The renderer runs them before
 * sending; the server runs them again on the body it receives. Each returns
 * at most one code per field (the first failing check) and an empty object
 * when the form is fine. Values are expected as the renderer sends them:
 * ID numbers and credit codes normalised (normaliseIdNumber,
 * normaliseCreditCode). Fields with a closed set of values (idType, userType,
 * purpose, kind, method) are left to the API schema.
 */
import { checkCaptchaAnswer, checkSmsCode } from './codes.ts';
import { fail, pass, type FieldCheck, type FieldErrors } from './field-codes.ts';
import { checkIdNumber, type IdType } from './id-number.ts';
import type { IdentityKind, SmsPurpose, UserType } from './kinds.ts';
import { checkLoginName } from './login-name.ts';
import { checkPersonName, checkUnitName, nameAllowsLatin } from './name.ts';
import { checkPassword } from './password.ts';
import { checkMobile } from './phone.ts';
import { checkUscc } from './uscc.ts';

/** `required` for an empty value, nothing else (login passwords, captcha ids). */
function checkRequired(value: string): FieldCheck {
  return value === '' ? fail('required') : pass();
}

/** The error codes of the refused fields; warnings are not errors. */
function collect<K extends string>(checks: Record<K, FieldCheck>): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const field of Object.keys(checks) as K[]) {
    const check = checks[field];
    if (!check.ok) errors[field] = check.code;
  }
  return errors;
}

/** The picture code a request carries: the captcha's id and the answer typed. */
export interface CaptchaInput {
  captchaId: string;
  captchaAnswer: string;
}

/** The checks of a picture code's fields (whether the answer is right is the server's business). */
function captchaChecks(input: CaptchaInput): Record<keyof CaptchaInput, FieldCheck> {
  return { captchaId: checkRequired(input.captchaId), captchaAnswer: checkCaptchaAnswer(input.captchaAnswer) };
}

/**
 * Registration of a personal account; the picture code is asked for again at
 * submission, so only someone who solves one can try the SMS code.
 */
export interface PersonalRegistrationInput extends CaptchaInput {
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  smsCode: string;
  password: string;
}

/** Checks a personal registration; the name may use Latin letters when the document allows it. */
export function checkPersonalRegistration(input: PersonalRegistrationInput): FieldErrors<keyof PersonalRegistrationInput> {
  return collect({
    name: checkPersonName(input.name, { allowLatin: nameAllowsLatin(input.idType) }),
    idNumber: checkIdNumber(input.idType, input.idNumber),
    phone: checkMobile(input.phone),
    smsCode: checkSmsCode(input.smsCode),
    password: checkPassword(input.password),
    ...captchaChecks(input),
  });
}

/** Registration of a unit account, with its contact person, and a picture code at submission. */
export interface UnitRegistrationInput extends CaptchaInput {
  unitName: string;
  creditCode: string;
  contactName: string;
  contactIdType: IdType;
  contactIdNumber: string;
  phone: string;
  smsCode: string;
  password: string;
}

/**
 * Checks a unit registration. A credit code that fails its check character
 * is accepted (checkUscc warns). The contact's name may use Latin letters
 * when the contact's document allows it.
 */
export function checkUnitRegistration(input: UnitRegistrationInput): FieldErrors<keyof UnitRegistrationInput> {
  return collect({
    unitName: checkUnitName(input.unitName),
    creditCode: checkUscc(input.creditCode),
    contactName: checkPersonName(input.contactName, { allowLatin: nameAllowsLatin(input.contactIdType) }),
    contactIdNumber: checkIdNumber(input.contactIdType, input.contactIdNumber),
    phone: checkMobile(input.phone),
    smsCode: checkSmsCode(input.smsCode),
    password: checkPassword(input.password),
    ...captchaChecks(input),
  });
}

/** Login with mobile number, password and picture captcha. */
export interface PasswordLoginInput extends CaptchaInput {
  userType: UserType;
  phone: string;
  password: string;
}

/** Checks a password login; the password is only required (no strength rule at login). */
export function checkPasswordLogin(input: PasswordLoginInput): FieldErrors<keyof PasswordLoginInput> {
  return collect({
    phone: checkMobile(input.phone),
    password: checkRequired(input.password),
    ...captchaChecks(input),
  });
}

/** A request for an SMS verification code, guarded by a picture captcha. */
export interface SmsRequestInput extends CaptchaInput {
  purpose: SmsPurpose;
  phone: string;
}

/** Checks an SMS code request. */
export function checkSmsRequest(input: SmsRequestInput): FieldErrors<keyof SmsRequestInput> {
  return collect({
    phone: checkMobile(input.phone),
    ...captchaChecks(input),
  });
}

/**
 * Identity login: a person by 用户名/证件号码 (a user name or the number of
 * any document), a legal person by credit code, each with password and
 * picture code; or either by SMS.
 */
export type IdentityLoginInput =
  | ({ kind: 'personal'; method: 'password'; loginName: string; password: string } & CaptchaInput)
  | ({ kind: 'legal'; method: 'password'; creditCode: string; password: string } & CaptchaInput)
  | { kind: IdentityKind; method: 'sms'; phone: string; smsCode: string };

/** The fields an identity login can refuse. */
export type IdentityLoginField = 'loginName' | 'creditCode' | 'password' | 'phone' | 'smsCode' | keyof CaptchaInput;

/**
 * Checks an identity login (login name normalised by normaliseLoginName):
 * a person's login name passes checkLoginName, a legal person's credit code
 * checkUscc (warnings accepted), the password is only required, the picture
 * code as for any captcha.
 */
export function checkIdentityLogin(input: IdentityLoginInput): FieldErrors<IdentityLoginField> {
  if (input.method === 'sms') {
    return collect({ phone: checkMobile(input.phone), smsCode: checkSmsCode(input.smsCode) });
  }
  if (input.kind === 'personal') {
    return collect({ loginName: checkLoginName(input.loginName), password: checkRequired(input.password), ...captchaChecks(input) });
  }
  return collect({ creditCode: checkUscc(input.creditCode), password: checkRequired(input.password), ...captchaChecks(input) });
}

/** Setting a new password after proving the phone by SMS, with a picture code at submission. */
export interface PasswordResetInput extends CaptchaInput {
  phone: string;
  smsCode: string;
  newPassword: string;
}

/** Checks a password reset. */
export function checkPasswordReset(input: PasswordResetInput): FieldErrors<keyof PasswordResetInput> {
  return collect({
    phone: checkMobile(input.phone),
    smsCode: checkSmsCode(input.smsCode),
    newPassword: checkPassword(input.newPassword),
    ...captchaChecks(input),
  });
}

/** Changing the account holder's name. */
export interface ChangeNameInput {
  name: string;
}

/**
 * Checks a name change. `idType` is the account's document type, which
 * decides whether Latin letters are allowed; null (a unit account's contact)
 * allows Han only.
 */
export function checkChangeName(input: ChangeNameInput, idType: IdType | null): FieldErrors<keyof ChangeNameInput> {
  const allowLatin = idType !== null && nameAllowsLatin(idType);
  return collect({ name: checkPersonName(input.name, { allowLatin }) });
}

/** Changing the password while logged in. */
export interface ChangePasswordInput {
  oldPassword: string;
  newPassword: string;
}

/** Checks a password change: the old one is only required, the new one must be strong and differ from it. */
export function checkChangePassword(input: ChangePasswordInput): FieldErrors<keyof ChangePasswordInput> {
  const strength = checkPassword(input.newPassword);
  return collect({
    oldPassword: checkRequired(input.oldPassword),
    newPassword: strength.ok && input.newPassword === input.oldPassword ? fail('same_as_old') : strength,
  });
}

/**
 * Moving the account to a new mobile number: the account's current password
 * (so a passer-by at an abandoned session cannot move it to their own phone)
 * and an SMS code sent to the new number.
 */
export interface ChangePhoneInput {
  password: string;
  phone: string;
  smsCode: string;
}

/** Checks a phone change (whether it is the same number is the server's business: same_phone). */
export function checkChangePhone(input: ChangePhoneInput): FieldErrors<keyof ChangePhoneInput> {
  return collect({ password: checkRequired(input.password), phone: checkMobile(input.phone), smsCode: checkSmsCode(input.smsCode) });
}
