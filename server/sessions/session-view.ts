import type { Session } from '../../shared/contract/sessions.ts';
import { accountView } from '../accounts/account-view.ts';
import type { AccountRecord } from '../accounts/account-store.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { openSession } from './session-store.ts';

/** Logs `account` in: a new session, answered with its token and the account. */
export function startSession(context: ServerContext, account: AccountRecord): Session {
  const { token, expiresAt } = openSession(context, account.id);
  return { token, expiresAt: isoTime(expiresAt), account: accountView(account) };
}
