import { checkPasswordReset, type PasswordResetInput } from '../../shared/validation/forms.ts';
import type { ServerContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertNoFieldErrors, fieldFailure, refusal, success, unwrap } from '../http/failure.ts';
import { hashPassword } from '../security/passwords.ts';
import { clearLoginFailures } from '../sessions/login-failures.ts';
import { closeAccountSessions } from '../sessions/session-store.ts';
import { checkSmsCode, consumeSmsCode } from '../verification/sms-codes.ts';
import { findAccountByPhone, setPasswordHash } from './account-store.ts';

/**
 * 找回密码: with the SMS code sent to the account's phone, sets a new
 * password, lifts a lock and ends the account's sessions. A phone no account
 * holds is refused like a wrong code, so the answer reveals nothing.
 */
export async function resetPassword(context: ServerContext, input: PasswordResetInput): Promise<void> {
  assertNoFieldErrors(checkPasswordReset(input));
  const passwordHash = await hashPassword(input.newPassword);
  const target = { phone: input.phone, purpose: 'reset_password' as const };
  unwrap(
    inTransaction(context.db, () => {
      const wrongCode = checkSmsCode(context, target, input.smsCode);
      if (wrongCode) return refusal(wrongCode);
      const account = findAccountByPhone(context.db, input.phone);
      if (!account) return refusal(fieldFailure(400, 'sms_code_invalid', 'smsCode', 'the code is wrong'));
      consumeSmsCode(context, target);
      setPasswordHash(context.db, account.id, passwordHash);
      clearLoginFailures(context, { realm: `quota:${account.userType}`, name: account.phone });
      closeAccountSessions(context, account.id);
      return success(undefined);
    }),
  );
}
