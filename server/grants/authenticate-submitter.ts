import type { IncomingHttpHeaders } from 'node:http';
import { GRANT_SCHEME } from '../../shared/contract/grants.ts';
import { findAccountById, type AccountRecord } from '../accounts/account-store.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure } from '../http/failure.ts';
import { authenticate } from '../sessions/authenticate.ts';
import { verifyGrant } from './submission-grant.ts';

const GRANT = new RegExp(`^${GRANT_SCHEME} (\\S{32,512})$`);

/**
 * The account behind a request an outbox may deliver (an application, a
 * cancellation, a ladder enrolment): `Authorization: Grant <grant>` sent
 * with the `X-Terminal-Id` it was issued to, or a live bearer session.
 */
export function authenticateSubmitter(context: ServerContext, headers: IncomingHttpHeaders): AccountRecord {
  const grant = GRANT.exec(headers.authorization ?? '')?.[1];
  if (grant === undefined) return authenticate(context, headers.authorization).account;
  const terminal = headers['x-terminal-id'];
  const holder = verifyGrant(context, grant, typeof terminal === 'string' ? terminal : undefined);
  const account = findAccountById(context.db, holder.accountId);
  if (!account) throw new ApiFailure({ status: 401, code: 'grant_invalid', message: 'the account of this grant is gone' });
  return account;
}
