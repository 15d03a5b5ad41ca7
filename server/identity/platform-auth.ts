import type { ServerContext } from '../context.ts';
import { checkLoginPassword } from '../sessions/login-password.ts';
import { findIdentityByLoginName, findLegalIdentity, type IdentityRecord } from './platform-store.ts';

/** A password login to the identity platform: a person by 用户名/证件号码, a legal person by credit code. */
export type IdentityPasswordLogin =
  | { kind: 'personal'; loginName: string; password: string }
  | { kind: 'legal'; creditCode: string; password: string };

/**
 * The identity platform's password check, with the quota login's rules
 * (checkLoginPassword): the client's throttle, then wrong passwords counted
 * per identity (per typed name when no identity has it), 401
 * invalid_credentials for an unknown name or a wrong password alike, 423
 * account_locked after too many.
 */
export async function authenticateIdentity(context: ServerContext, login: IdentityPasswordLogin, client: string): Promise<IdentityRecord> {
  const typed = login.kind === 'personal' ? login.loginName.toUpperCase() : login.creditCode;
  const identity =
    login.kind === 'personal' ? findIdentityByLoginName(context.db, login.loginName) : findLegalIdentity(context.db, login.creditCode);
  const subject = { realm: `identity:${login.kind}`, name: identity ? `id:${identity.id}` : `typed:${typed}` } as const;
  return checkLoginPassword(context, client, subject, login.password, identity);
}
