import { assertNotLocked, clearPasswordFailures, recordPasswordFailure } from '../accounts/lockout.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure } from '../http/failure.ts';
import { verifyPassword } from '../security/passwords.ts';
import { invalidCredentials } from '../sessions/password-login.ts';
import { findLegalIdentity, findPersonalIdentity, type IdentityRecord } from './platform-store.ts';

/** A password login to the identity platform: a person by ID number, a legal person by credit code. */
export type IdentityPasswordLogin =
  | { kind: 'personal'; idNumber: string; password: string }
  | { kind: 'legal'; creditCode: string; password: string };

/**
 * The identity platform's password check, with the same lock rule as the
 * quota system's login: 401 invalid_credentials for an unknown identifier or
 * a wrong password, 423 account_locked after too many wrong ones.
 */
export async function authenticateIdentity(context: ServerContext, login: IdentityPasswordLogin): Promise<IdentityRecord> {
  const identity =
    login.kind === 'personal' ? findPersonalIdentity(context.db, login.idNumber) : findLegalIdentity(context.db, login.creditCode);
  if (identity) assertNotLocked(context, identity);
  const matches = await verifyPassword(login.password, identity?.passwordHash ?? null);
  if (!identity) throw invalidCredentials();
  if (!matches) {
    const locked = recordPasswordFailure(context, 'identity_accounts', identity.id);
    throw locked ? new ApiFailure(locked) : invalidCredentials();
  }
  clearPasswordFailures(context, 'identity_accounts', identity.id);
  return identity;
}
