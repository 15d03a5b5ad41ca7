import type { DatabaseSync } from 'node:sqlite';
import type { IdType } from '../../shared/validation/id-number.ts';
import type { Failure } from '../http/failure.ts';
import { findAccountByPhone, findPersonalAccount, findUnitAccount } from './account-store.ts';

/** Identifiers a new or changed account would hold, each under the request field that carries it. */
export type Claims = {
  phone?: { field: string; value: string };
  personalId?: { field: string; idType: IdType; idNumber: string };
  creditCode?: { field: string; value: string };
};

/**
 * 409 naming every claimed identifier another account already holds
 * (phone_taken, id_number_taken, credit_code_taken; the top-level code is
 * the first of them), or null when all are free.
 */
export function takenFailure(db: DatabaseSync, claims: Claims): Failure | null {
  const fields: Record<string, string> = {};
  const { phone, personalId, creditCode } = claims;
  if (phone && findAccountByPhone(db, phone.value)) fields[phone.field] = 'phone_taken';
  if (personalId && findPersonalAccount(db, personalId.idType, personalId.idNumber)) {
    fields[personalId.field] = 'id_number_taken';
  }
  if (creditCode && findUnitAccount(db, creditCode.value)) fields[creditCode.field] = 'credit_code_taken';
  const codes = Object.values(fields);
  if (codes.length === 0) return null;
  return { status: 409, code: codes[0] as Failure['code'], message: 'another account already holds this', fields };
}
