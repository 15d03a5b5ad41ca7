import type { Session } from '../../shared/contract/sessions.ts';
import { checkPasswordLogin, type PasswordLoginInput } from '../../shared/validation/forms.ts';
import { findAccountByPhone } from '../accounts/account-store.ts';
import { assertNotLocked, clearPasswordFailures, recordPasswordFailure } from '../accounts/lockout.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure, assertNoFieldErrors } from '../http/failure.ts';
import { verifyPassword } from '../security/passwords.ts';
import { useCaptcha } from '../verification/captchas.ts';
import { startSession } from './session-view.ts';

/** 401 invalid_credentials: names no field, so it does not tell which of phone and password was wrong. */
export function invalidCredentials(): ApiFailure {
  return new ApiFailure({ status: 401, code: 'invalid_credentials', message: 'the credentials are wrong' });
}

/**
 * 手机号码 + 密码 login: field rules, then the captcha (used up either way),
 * then the password. An unknown phone and a wrong password answer the same
 * 401 invalid_credentials; wrong passwords count toward the lock (423).
 */
export async function loginWithPassword(context: ServerContext, input: PasswordLoginInput): Promise<Session> {
  assertNoFieldErrors(checkPasswordLogin(input));
  useCaptcha(context, input.captchaId, input.captchaAnswer);
  const found = findAccountByPhone(context.db, input.phone);
  const account = found?.userType === input.userType ? found : undefined;
  if (account) assertNotLocked(context, account);
  const matches = await verifyPassword(input.password, account?.passwordHash ?? null);
  if (!account) throw invalidCredentials();
  if (!matches) {
    const locked = recordPasswordFailure(context, 'accounts', account.id);
    throw locked ? new ApiFailure(locked) : invalidCredentials();
  }
  clearPasswordFailures(context, 'accounts', account.id);
  return startSession(context, account);
}
