import { findPersonalAccount, findUnitAccount, insertAccount, type AccountRecord } from '../accounts/account-store.ts';
import { takenFailure } from '../accounts/uniqueness.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { refusal, success, type Outcome } from '../http/failure.ts';
import type { IdentityRecord } from './platform-store.ts';

function existingAccount(context: ServerContext, identity: IdentityRecord): AccountRecord | undefined {
  return identity.kind === 'personal'
    ? findPersonalAccount(context.db, identity.idType, identity.idNumber)
    : findUnitAccount(context.db, identity.creditCode ?? '');
}

/**
 * The quota account an identity stands for: a person's personal account
 * with the same document (type and number), a legal person's unit account with the same
 * credit code (its legal representative as the handling person). Created
 * from the identity's data (with no password until one is set by a reset)
 * when there is none; then the identity's phone must be free, else 409
 * phone_taken (named at `phoneField` when the request carried the phone).
 * Run inside a transaction.
 */
export function linkedAccount(
  context: ServerContext,
  identity: IdentityRecord,
  phoneField: string | null,
): Outcome<AccountRecord> {
  const existing = existingAccount(context, identity);
  if (existing) return success(existing);
  const taken = takenFailure(context.db, { phone: { field: phoneField ?? 'phone', value: identity.phone } });
  if (taken) return refusal(phoneField ? taken : { ...taken, fields: undefined });
  const personal = identity.kind === 'personal';
  return success(
    insertAccount(context.db, {
      userType: personal ? 'personal' : 'unit',
      name: identity.name,
      idType: identity.idType,
      idNumber: identity.idNumber,
      creditCode: personal ? null : identity.creditCode,
      contactName: personal ? null : identity.representativeName,
      phone: identity.phone,
      passwordHash: null,
      createdAt: isoTime(context.clock.now()),
    }),
  );
}
