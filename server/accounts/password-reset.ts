import { checkPasswordReset, type PasswordResetInput } from '../../shared/validation/forms.ts';
import type { ServerContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertNoFieldErrors, fieldFailure, refusal, success, unwrap, type Outcome } from '../http/failure.ts';
import { hashPassword } from '../security/passwords.ts';
import { clearLoginFailures } from '../sessions/login-failures.ts';
import { closeAccountSessions } from '../sessions/session-store.ts';
import { useCaptcha } from '../verification/captchas.ts';
import { checkSmsCode, consumeSmsCode, type SmsTarget } from '../verification/sms-codes.ts';
import { findAccountByPhone, setPasswordHash, type AccountRecord } from './account-store.ts';

/**
 * The account whose password the code lets one set: the SMS code first (a
 * wrong one counts a try, which commits), then the account; a phone no
 * account holds is refused like a wrong code. Run inside a transaction.
 */
function resetAccount(context: ServerContext, target: SmsTarget, smsCode: string): Outcome<AccountRecord> {
  const wrongCode = checkSmsCode(context, target, smsCode);
  if (wrongCode) return refusal(wrongCode);
  const account = findAccountByPhone(context.db, target.phone);
  return account ? success(account) : refusal(fieldFailure(400, 'sms_code_invalid', 'smsCode', 'the code is wrong'));
}

/**
 * 找回密码: with a fresh picture code (used up either way) and the SMS code
 * sent to the account's phone, sets a new password, lifts a lock and ends
 * the account's sessions. The password is hashed only after the picture
 * code and the SMS code passed; the answer reveals nothing about which
 * phones are registered.
 */
export async function resetPassword(context: ServerContext, input: PasswordResetInput): Promise<void> {
  assertNoFieldErrors(checkPasswordReset(input));
  useCaptcha(context, input.captchaId, input.captchaAnswer);
  const target = { phone: input.phone, purpose: 'reset_password' as const };
  unwrap(inTransaction(context.db, () => resetAccount(context, target, input.smsCode)));
  const passwordHash = await hashPassword(input.newPassword);
  unwrap(
    inTransaction(context.db, () => {
      const found = resetAccount(context, target, input.smsCode);
      if (!found.ok) return found;
      const account = found.value;
      consumeSmsCode(context, target);
      setPasswordHash(context.db, account.id, passwordHash);
      clearLoginFailures(context, { realm: `quota:${account.userType}`, name: account.phone });
      closeAccountSessions(context, account.id);
      return success(undefined);
    }),
  );
}
