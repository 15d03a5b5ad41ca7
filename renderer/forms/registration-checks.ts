import { checkSmsCode } from '../../shared/validation/codes.ts';
import { checkPassword, checkPasswordConfirmation } from '../../shared/validation/password.ts';
import { checkMobile } from '../../shared/validation/phone.ts';

type Credentials = { phone: string; smsCode: string; password: string; confirmPassword: string };

/** What the personal and the unit registration forms check alike: the phone, its SMS code, the password twice. */
export const CREDENTIAL_CHECKS = {
  phone: (v: Credentials) => checkMobile(v.phone),
  smsCode: (v: Credentials) => checkSmsCode(v.smsCode),
  password: (v: Credentials) => checkPassword(v.password),
  confirmPassword: (v: Credentials) => checkPasswordConfirmation(v.password, v.confirmPassword),
};
