import type { DevIdentityAccount } from '../../shared/contract/dev.ts';
import type { FieldCheck, FieldErrors } from '../../shared/validation/field-codes.ts';
import { checkIdNumber, normaliseIdNumber } from '../../shared/validation/id-number.ts';
import { checkUsername } from '../../shared/validation/login-name.ts';
import { checkPersonName, checkUnitName, nameAllowsLatin } from '../../shared/validation/name.ts';
import { checkPassword } from '../../shared/validation/password.ts';
import { checkMobile } from '../../shared/validation/phone.ts';
import { checkUscc, normaliseCreditCode } from '../../shared/validation/uscc.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { ApiFailure, assertNoFieldErrors, fieldFailure } from '../http/failure.ts';
import { hashPassword } from '../security/passwords.ts';
import {
  findIdentityByLoginName,
  findIdentityByPhone,
  findIdentityByUsername,
  findLegalIdentity,
  findPersonalIdentity,
  insertIdentity,
  type IdentityRecord,
  type NewIdentity,
} from './platform-store.ts';

function errorsOf(checks: Record<string, FieldCheck>): FieldErrors {
  return Object.fromEntries(Object.entries(checks).flatMap(([field, check]) => (check.ok ? [] : [[field, check.code]])));
}

/** The new identity from a dev request, with the field errors the registration rules find in it. */
function identityFrom(input: DevIdentityAccount): { identity: Omit<NewIdentity, 'passwordHash' | 'createdAt'>; errors: FieldErrors } {
  if (input.kind === 'personal') {
    const idNumber = normaliseIdNumber(input.idNumber);
    const username = input.username === undefined ? null : input.username.trim().toLowerCase();
    return {
      identity: {
        kind: 'personal',
        name: input.name,
        idType: input.idType,
        idNumber,
        username,
        creditCode: null,
        representativeName: null,
        phone: input.phone,
      },
      errors: errorsOf({
        name: checkPersonName(input.name, { allowLatin: nameAllowsLatin(input.idType) }),
        idNumber: checkIdNumber(input.idType, idNumber),
        ...(username === null ? {} : { username: checkUsername(username) }),
        phone: checkMobile(input.phone),
        password: checkPassword(input.password),
      }),
    };
  }
  const creditCode = normaliseCreditCode(input.creditCode);
  const idNumber = normaliseIdNumber(input.representativeIdNumber);
  return {
    identity: {
      kind: 'legal',
      name: input.unitName,
      idType: 'resident_id',
      idNumber,
      username: null,
      creditCode,
      representativeName: input.representativeName,
      phone: input.phone,
    },
    errors: errorsOf({
      unitName: checkUnitName(input.unitName),
      creditCode: checkUscc(creditCode),
      representativeName: checkPersonName(input.representativeName),
      representativeIdNumber: checkIdNumber('resident_id', idNumber),
      phone: checkMobile(input.phone),
      password: checkPassword(input.password),
    }),
  };
}

/**
 * Development only: opens an account on the identity platform stand-in.
 * 400 validation_failed per field; 409 id_number_taken (a person's number),
 * username_taken, credit_code_taken or phone_taken (per kind) when the
 * platform has one; a user name may not be anyone's number, nor the other
 * way round.
 */
export async function createDevIdentity(context: ServerContext, input: DevIdentityAccount): Promise<IdentityRecord> {
  const { identity, errors } = identityFrom(input);
  assertNoFieldErrors(errors);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(context.db, () => {
    // A user name and a document number must never name two people, so each is checked against both.
    if (identity.kind === 'personal' && (findPersonalIdentity(context.db, identity.idNumber) || findIdentityByUsername(context.db, identity.idNumber))) {
      throw new ApiFailure(fieldFailure(409, 'id_number_taken', 'idNumber', 'the platform already has this person'));
    }
    if (identity.username !== null && findIdentityByLoginName(context.db, identity.username)) {
      throw new ApiFailure(fieldFailure(409, 'username_taken', 'username', 'the platform already has this user name'));
    }
    if (identity.kind === 'legal' && findLegalIdentity(context.db, identity.creditCode ?? '')) {
      throw new ApiFailure(fieldFailure(409, 'credit_code_taken', 'creditCode', 'the platform already has this unit'));
    }
    if (findIdentityByPhone(context.db, identity.kind, identity.phone)) {
      throw new ApiFailure(fieldFailure(409, 'phone_taken', 'phone', 'the platform already has this phone'));
    }
    return insertIdentity(context.db, { ...identity, passwordHash, createdAt: isoTime(context.clock.now()) });
  });
}
