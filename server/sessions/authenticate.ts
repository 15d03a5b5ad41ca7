import { findAccountById, type AccountRecord } from '../accounts/account-store.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure } from '../http/failure.ts';
import { touchSession } from './session-store.ts';

/** The citizen behind a request: their account and the session's token hash. */
export type Authenticated = { account: AccountRecord; tokenHash: string };

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,128})$/;

/** The account of the live session named by an `Authorization: Bearer <token>` header; throws 401 unauthorized otherwise. */
export function authenticate(context: ServerContext, authorization: string | undefined): Authenticated {
  const token = BEARER.exec(authorization ?? '')?.[1];
  const session = token ? touchSession(context, token) : undefined;
  const account = session ? findAccountById(context.db, session.accountId) : undefined;
  if (!session || !account) {
    throw new ApiFailure({ status: 401, code: 'unauthorized', message: 'a valid session is required' });
  }
  return { account, tokenHash: session.tokenHash };
}
