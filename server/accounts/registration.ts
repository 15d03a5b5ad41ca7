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
import { ApiFailure, assertNoFieldErrors, refusal, success, unwrap, type Failure } from '../http/failure.ts';
import { hashPassword } from '../security/passwords.ts';
import { startSession } from '../sessions/session-view.ts';
import { useCaptcha } from '../verification/captchas.ts';
import { checkSmsCode, consumeSmsCode, type SmsTarget } from '../verification/sms-codes.ts';
import { insertAccount, type NewAccount } from './account-store.ts';
import { takenFailure, type Claims } from './uniqueness.ts';

/** What a registration proves and claims besides the account's own data. */
type Proof = { claims: Claims; smsCode: string; password: string };

/**
 * Identifiers another account holds (409, the SMS code left untouched so a
 * citizen who mistyped an ID number keeps it), then the SMS code (a wrong
 * one counts a try, which commits). Run inside a transaction.
 */
function refusalOf(context: ServerContext, target: SmsTarget, proof: Proof): Failure | null {
  return takenFailure(context.db, proof.claims) ?? checkSmsCode(context, target, proof.smsCode);
}

/**
 * The steps after the field rules and the picture code: the cheap checks
 * (refusalOf) in one transaction, and only when they pass the ~240 ms
 * password hash; then, in one IMMEDIATE transaction, the same checks again
 * (another request may have taken an identifier meanwhile), the account,
 * the code used up and the session. Nothing is saved unless everything
 * succeeds.
 */
async function createAccount(context: ServerContext, proof: Proof, account: Omit<NewAccount, 'passwordHash'>): Promise<Session> {
  const target = { phone: account.phone, purpose: 'register' as const };
  const early = inTransaction(context.db, () => refusalOf(context, target, proof));
  if (early) throw new ApiFailure(early);
  const passwordHash = await hashPassword(proof.password);
  return unwrap(
    inTransaction(context.db, () => {
      const refused = refusalOf(context, target, proof);
      if (refused) return refusal(refused);
      consumeSmsCode(context, target);
      return success(startSession(context, insertAccount(context.db, { ...account, passwordHash })));
    }),
  );
}

/** Registers a personal account (ID number normalised; the name arrives normalised by the schema) and logs it in; the picture code is used up either way. */
export async function registerPersonal(context: ServerContext, body: PersonalRegistrationInput): Promise<Session> {
  const input = { ...body, idNumber: normaliseIdNumber(body.idNumber) };
  assertNoFieldErrors(checkPersonalRegistration(input));
  useCaptcha(context, input.captchaId, input.captchaAnswer);
  return createAccount(
    context,
    {
      claims: {
        phone: { field: 'phone', value: input.phone },
        personalId: { field: 'idNumber', idType: input.idType, idNumber: input.idNumber },
      },
      smsCode: input.smsCode,
      password: input.password,
    },
    {
      userType: 'personal',
      name: input.name,
      idType: input.idType,
      idNumber: input.idNumber,
      creditCode: null,
      contactName: null,
      phone: input.phone,
      createdAt: isoTime(context.clock.now()),
    },
  );
}

/** Registers a unit account (credit code and the contact's ID number normalised) and logs it in; the picture code is used up either way. */
export async function registerUnit(context: ServerContext, body: UnitRegistrationInput): Promise<Session> {
  const input = {
    ...body,
    creditCode: normaliseCreditCode(body.creditCode),
    contactIdNumber: normaliseIdNumber(body.contactIdNumber),
  };
  assertNoFieldErrors(checkUnitRegistration(input));
  useCaptcha(context, input.captchaId, input.captchaAnswer);
  return createAccount(
    context,
    {
      claims: { phone: { field: 'phone', value: input.phone }, creditCode: { field: 'creditCode', value: input.creditCode } },
      smsCode: input.smsCode,
      password: input.password,
    },
    {
      userType: 'unit',
      name: input.unitName,
      idType: input.contactIdType,
      idNumber: input.contactIdNumber,
      creditCode: input.creditCode,
      contactName: input.contactName,
      phone: input.phone,
      createdAt: isoTime(context.clock.now()),
    },
  );
}
