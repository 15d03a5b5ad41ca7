import type { Session } from '../../shared/contract/sessions.ts';
import type { ServerContext } from '../context.ts';
import { issueGrant } from './submission-grant.ts';

/** A terminal id as the kiosk's configuration allows it. */
const TERMINAL_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** `session` with a submission grant for the terminal it was opened from; a request without a valid `X-Terminal-Id` gets none. */
export function withSubmissionGrant(context: ServerContext, session: Session, terminalId: string | string[] | undefined): Session {
  if (typeof terminalId !== 'string' || !TERMINAL_ID.test(terminalId)) return session;
  return { ...session, submissionGrant: issueGrant(context, session.account.id, terminalId) };
}
