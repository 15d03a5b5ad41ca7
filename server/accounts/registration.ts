import type { Session } from '../../shared/contract/sessions.ts';
import {
  checkPersonalRegistration,
  checkUnitRegistration,
  type PersonalRegistrationInput,
  type UnitRegistrationInput,
} from '../../shared/validation/forms.ts';
import { normaliseIdNumber } from '../../shared/validation/id-number.ts';
import { normaliseCreditCode } from '../../shared/validation/uscc.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertNoFieldErrors, refusal, success, unwrap } from '../http/failure.ts';
import { hashPassword } from '../security/passwords.ts';
import { startSession } from '../sessions/session-view.ts';
import { checkSmsCode, consumeSmsCode } from '../verification/sms-codes.ts';
import { insertAccount, type NewAccount } from './account-store.ts';
import { takenFailure, type Claims } from './uniqueness.ts';

/**
 * The steps after the field rules, in one transaction: identifiers another
 * account holds (409, the SMS code left untouched so a citizen who mistyped
 * an ID number keeps it), then the SMS code (a wrong one counts a try, which
 * commits), then the account, the code used up and the session. Nothing is
 * saved unless everything succeeds.
 */
function createAccount(context: ServerContext, claims: Claims, smsCode: string, account: NewAccount): Session {
  const target = { phone: account.phone, purpose: 'register' as const };
  return unwrap(
    inTransaction(context.db, () => {
      const taken = takenFailure(context.db, claims);
      if (taken) return refusal(taken);
      const wrongCode = checkSmsCode(context, target, smsCode);
      if (wrongCode) return refusal(wrongCode);
      consumeSmsCode(context, target);
      return success(startSession(context, insertAccount(context.db, account)));
    }),
  );
}

/** Registers a personal account (ID number normalised) and logs it in. */
export async function registerPersonal(context: ServerContext, body: PersonalRegistrationInput): Promise<Session> {
  const input = { ...body, idNumber: normaliseIdNumber(body.idNumber) };
  assertNoFieldErrors(checkPersonalRegistration(input));
  const passwordHash = await hashPassword(input.password);
  return createAccount(
    context,
    {
      phone: { field: 'phone', value: input.phone },
      personalId: { field: 'idNumber', idType: input.idType, idNumber: input.idNumber },
    },
    input.smsCode,
    {
      userType: 'personal',
      name: input.name.trim(),
      idType: input.idType,
      idNumber: input.idNumber,
      creditCode: null,
      contactName: null,
      phone: input.phone,
      passwordHash,
      createdAt: isoTime(context.clock.now()),
    },
  );
}

/** Registers a unit account (credit code and the contact's ID number normalised) and logs it in. */
export async function registerUnit(context: ServerContext, body: UnitRegistrationInput): Promise<Session> {
  const input = {
    ...body,
    creditCode: normaliseCreditCode(body.creditCode),
    contactIdNumber: normaliseIdNumber(body.contactIdNumber),
  };
  assertNoFieldErrors(checkUnitRegistration(input));
  const passwordHash = await hashPassword(input.password);
  return createAccount(
    context,
    { phone: { field: 'phone', value: input.phone }, creditCode: { field: 'creditCode', value: input.creditCode } },
    input.smsCode,
    {
      userType: 'unit',
      name: input.unitName.trim(),
      idType: input.contactIdType,
      idNumber: input.contactIdNumber,
      creditCode: input.creditCode,
      contactName: input.contactName.trim(),
      phone: input.phone,
      passwordHash,
      createdAt: isoTime(context.clock.now()),
    },
  );
}
