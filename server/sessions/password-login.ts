import type { Session } from '../../shared/contract/sessions.ts';
import { checkPasswordLogin, type PasswordLoginInput } from '../../shared/validation/forms.ts';
import { findAccountByPhone } from '../accounts/account-store.ts';
import { assertNotLocked, clearPasswordFailures } from '../accounts/lockout.ts';
import type { ServerContext } from '../context.ts';
import { assertNoFieldErrors } from '../http/failure.ts';
import { useCaptcha } from '../verification/captchas.ts';
import { checkLoginPassword } from './login-password.ts';
import { startSession } from './session-view.ts';

/**
 * 手机号码 + 密码 login: field rules, the captcha (used up either way), then
 * the password step (checkLoginPassword). Wrong passwords count per
 * (user type, phone) whether or not an account has the phone, so an unknown
 * phone answers like a wrong password: 401 invalid_credentials, and 423
 * account_locked after the limit. An account locked by wrong old passwords
 * (a password change) is refused too.
 */
export async function loginWithPassword(context: ServerContext, input: PasswordLoginInput, client: string): Promise<Session> {
  assertNoFieldErrors(checkPasswordLogin(input));
  useCaptcha(context, input.captchaId, input.captchaAnswer);
  const found = findAccountByPhone(context.db, input.phone);
  const account = found?.userType === input.userType ? found : undefined;
  if (account) assertNotLocked(context, account);
  const subject = { realm: `quota:${input.userType}`, name: input.phone } as const;
  const loggedIn = await checkLoginPassword(context, client, subject, input.password, account);
  clearPasswordFailures(context, 'accounts', loggedIn.id);
  return startSession(context, loggedIn);
}
