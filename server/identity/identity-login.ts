import type { Session } from '../../shared/contract/sessions.ts';
import { checkIdentityLogin, type IdentityLoginInput } from '../../shared/validation/forms.ts';
import { normaliseLoginName } from '../../shared/validation/login-name.ts';
import { normaliseCreditCode } from '../../shared/validation/uscc.ts';
import type { ServerContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertNoFieldErrors, refusal, success, unwrap } from '../http/failure.ts';
import { invalidCredentials } from '../sessions/login-password.ts';
import { startSession } from '../sessions/session-view.ts';
import { useCaptcha } from '../verification/captchas.ts';
import { checkSmsCode, consumeSmsCode } from '../verification/sms-codes.ts';
import { linkedAccount } from './linked-account.ts';
import { authenticateIdentity } from './platform-auth.ts';
import { findIdentityByPhone } from './platform-store.ts';

function normalised(input: IdentityLoginInput): IdentityLoginInput {
  if (input.method === 'sms') return input;
  return input.kind === 'personal'
    ? { ...input, loginName: normaliseLoginName(input.loginName) }
    : { ...input, creditCode: normaliseCreditCode(input.creditCode) };
}

/**
 * Login through the identity platform, then into the quota account linked
 * to that identity (created on first use). By password: 用户名/证件号码 or
 * credit code, and the picture code (used up either way) before the password
 * step (throttle, lock: checkLoginPassword). By SMS: the identity_login code sent to the identity's phone; the
 * kind picks the personal or the legal identity registered with it. A right
 * code for a phone with no identity of that kind is 401 invalid_credentials
 * and the code stays usable.
 */
export async function loginWithIdentity(context: ServerContext, body: IdentityLoginInput, client: string): Promise<Session> {
  const input = normalised(body);
  assertNoFieldErrors(checkIdentityLogin(input));
  if (input.method === 'password') {
    useCaptcha(context, input.captchaId, input.captchaAnswer);
    const identity = await authenticateIdentity(context, input, client);
    return unwrap(
      inTransaction(context.db, () => {
        const account = linkedAccount(context, identity, null);
        return account.ok ? success(startSession(context, account.value)) : account;
      }),
    );
  }
  const target = { phone: input.phone, purpose: 'identity_login' as const };
  return unwrap(
    inTransaction(context.db, () => {
      const wrongCode = checkSmsCode(context, target, input.smsCode);
      if (wrongCode) return refusal(wrongCode);
      const identity = findIdentityByPhone(context.db, input.kind, input.phone);
      if (!identity) return refusal(invalidCredentials().failure);
      const account = linkedAccount(context, identity, 'phone');
      if (!account.ok) return account;
      consumeSmsCode(context, target);
      return success(startSession(context, account.value));
    }),
  );
}
