import { z } from 'zod';

/**
 * A submission grant: issued with a session to a login made from a terminal
 * (`X-Terminal-Id`), it lets that terminal's outbox deliver the citizen's
 * queued applications, cancellations and ladder enrolments after the session
 * has ended: `Authorization: Grant <grant>` with the same `X-Terminal-Id`
 * instead of `Authorization: Bearer <token>` (docs/outbox.md). Signed by the
 * central API, bound to the account and the terminal, valid until
 * `expiresAt` (72 h by default). It is a credential: the kiosk keeps it
 * encrypted and never shows it.
 */
export const submissionGrantSchema = z.object({
  grant: z.string().min(32).max(512),
  expiresAt: z.iso.datetime(),
  terminalId: z.string(),
});
export type SubmissionGrant = z.infer<typeof submissionGrantSchema>;

/** The `Authorization` scheme that carries a grant. */
export const GRANT_SCHEME = 'Grant';

/**
 * Why a grant was refused: 401 grant_invalid (not signed by this API, or
 * unreadable, or its account is gone), 401 grant_expired, 403
 * grant_wrong_terminal (sent by another terminal than the one it was issued
 * to). Only the outbox meets these; staff see them, citizens never do.
 */
export const GRANT_ERROR_CODES = ['grant_invalid', 'grant_expired', 'grant_wrong_terminal'] as const;
export type GrantErrorCode = (typeof GRANT_ERROR_CODES)[number];

/**
 * Headers of the routes an outbox delivers to. `authorization` is
 * `Bearer <session token>` or `Grant <grant>`; a grant needs the terminal's
 * `x-terminal-id`.
 */
export const deliverableHeaders = {
  authorization: z.string().max(1024).optional().describe('Bearer <session token>, or Grant <submission grant> with X-Terminal-Id'),
  'x-terminal-id': z.string().max(64).optional().describe('The terminal the request comes from; a grant must have been issued to it'),
};
