/**
 * Submission grants (shared/contract/grants.ts): `qkg1.<claims>.<signature>`,
 * the claims `{ a: account id, t: terminal id, e: expiry in ms }` as
 * base64url JSON, the signature an HMAC-SHA256 of `qkg1.<claims>` under the
 * server's grant secret. Nothing personal is in a grant: the account id is
 * an opaque UUID.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { SubmissionGrant } from '../../shared/contract/grants.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure } from '../http/failure.ts';

const PREFIX = 'qkg1';
const claimsSchema = z.strictObject({ a: z.string().min(1), t: z.string().min(1), e: z.number().int() });
type Claims = z.infer<typeof claimsSchema>;

/** What a verified grant vouches for. */
export type GrantHolder = { accountId: string; terminalId: string; expiresAt: number };

const sign = (secret: Buffer, signed: string) => createHmac('sha256', secret).update(signed, 'utf8').digest();

/** A grant for `accountId` to deliver from `terminalId`, valid submissionGrantTtlSeconds from now. */
export function issueGrant(context: ServerContext, accountId: string, terminalId: string): SubmissionGrant {
  const expiresAt = context.clock.now() + context.limits.submissionGrantTtlSeconds * 1000;
  const claims: Claims = { a: accountId, t: terminalId, e: expiresAt };
  const signed = `${PREFIX}.${Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url')}`;
  return { grant: `${signed}.${sign(context.grantSecret, signed).toString('base64url')}`, expiresAt: isoTime(expiresAt), terminalId };
}

const refused = (status: 401 | 403, code: 'grant_invalid' | 'grant_expired' | 'grant_wrong_terminal', message: string) =>
  new ApiFailure({ status, code, message });

function readClaims(grant: string, secret: Buffer): Claims | undefined {
  const parts = grant.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return undefined;
  const expected = sign(secret, `${parts[0]}.${parts[1]}`);
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const parsed = claimsSchema.safeParse(JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a grant sent from `terminalId`, in this order: signed by this
 * server (401 grant_invalid), issued to this terminal (403
 * grant_wrong_terminal), not expired (401 grant_expired). The account is
 * checked by the caller.
 */
export function verifyGrant(context: ServerContext, grant: string, terminalId: string | undefined): GrantHolder {
  const claims = readClaims(grant, context.grantSecret);
  if (!claims) throw refused(401, 'grant_invalid', 'this grant was not issued by this central API');
  if (claims.t !== terminalId) throw refused(403, 'grant_wrong_terminal', 'this grant was issued to another terminal');
  if (claims.e <= context.clock.now()) throw refused(401, 'grant_expired', 'this grant has expired');
  return { accountId: claims.a, terminalId: claims.t, expiresAt: claims.e };
}
