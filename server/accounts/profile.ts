import type { Account } from '../../shared/contract/accounts.ts';
import {
  checkChangeName,
  checkChangePassword,
  checkChangePhone,
  type ChangeNameInput,
  type ChangePasswordInput,
  type ChangePhoneInput,
} from '../../shared/validation/forms.ts';
import type { ServerContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { ApiFailure, assertNoFieldErrors, fieldFailure, refusal, success, unwrap } from '../http/failure.ts';
import { hashPassword, verifyPassword } from '../security/passwords.ts';
import type { Authenticated } from '../sessions/authenticate.ts';
import { closeAccountSessions } from '../sessions/session-store.ts';
import { checkSmsCode, consumeSmsCode } from '../verification/sms-codes.ts';
import { setPasswordHash, updateAccount, type AccountRecord } from './account-store.ts';
import { accountView } from './account-view.ts';
import { assertNotLocked, clearPasswordFailures, recordPasswordFailure } from './lockout.ts';
import { takenFailure } from './uniqueness.ts';

/**
 * Changes the name of the person the account is about: the holder of a
 * personal account, the handling person (contactName) of a unit account; a
 * unit's own name goes with its credit code and is not changed here. Latin
 * letters are allowed when that person's document allows them.
 */
export function changeName(context: ServerContext, { account }: Authenticated, input: ChangeNameInput): Account {
  assertNoFieldErrors(checkChangeName(input, account.idType));
  const name = input.name.trim();
  const change = account.userType === 'unit' ? { contactName: name } : { name };
  return accountView(updateAccount(context.db, account.id, change));
}

/**
 * The account's password, proven before a sensitive change: a wrong one is
 * 400 wrong_password at `field` and counts toward the lock like a wrong login.
 */
async function assertCurrentPassword(context: ServerContext, account: AccountRecord, password: string, field: string): Promise<void> {
  assertNotLocked(context, account);
  if (await verifyPassword(password, account.passwordHash)) return;
  const locked = recordPasswordFailure(context, 'accounts', account.id);
  throw new ApiFailure(locked ?? fieldFailure(400, 'wrong_password', field, 'the current password is wrong'));
}

/**
 * Changes the password after checking the old one: a wrong old password is
 * 400 wrong_password at oldPassword and counts toward the lock like a wrong
 * login. The account's other sessions end.
 */
export async function changePassword(
  context: ServerContext,
  { account, tokenHash }: Authenticated,
  input: ChangePasswordInput,
): Promise<void> {
  assertNoFieldErrors(checkChangePassword(input));
  await assertCurrentPassword(context, account, input.oldPassword, 'oldPassword');
  const passwordHash = await hashPassword(input.newPassword);
  inTransaction(context.db, () => {
    setPasswordHash(context.db, account.id, passwordHash);
    clearPasswordFailures(context, 'accounts', account.id);
    closeAccountSessions(context, account.id, tokenHash);
  });
}

/**
 * Moves the account to a new phone. It takes the account's current password
 * (a wrong one is 400 wrong_password at password and counts toward the lock,
 * so whoever finds a session left open cannot move the account to their own
 * phone and then reset its password) and the change_phone SMS code sent to
 * the new phone. same_phone (400) and phone_taken (409) and a wrong password
 * are answered before the code is looked at, so they do not use it up.
 */
export async function changePhone(context: ServerContext, { account }: Authenticated, input: ChangePhoneInput): Promise<Account> {
  assertNoFieldErrors(checkChangePhone(input));
  if (input.phone === account.phone) {
    throw new ApiFailure(fieldFailure(400, 'same_phone', 'phone', 'this is already the account phone'));
  }
  await assertCurrentPassword(context, account, input.password, 'password');
  const target = { phone: input.phone, purpose: 'change_phone' as const };
  const updated = unwrap(
    inTransaction(context.db, () => {
      const taken = takenFailure(context.db, { phone: { field: 'phone', value: input.phone } });
      if (taken) return refusal(taken);
      const wrongCode = checkSmsCode(context, target, input.smsCode);
      if (wrongCode) return refusal(wrongCode);
      consumeSmsCode(context, target);
      return success(updateAccount(context.db, account.id, { phone: input.phone }));
    }),
  );
  return accountView(updated);
}
