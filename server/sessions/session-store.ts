import type { ServerContext } from '../context.ts';
import { EXPIRY_SWEEPS } from '../db/expiry.ts';
import { newToken, sha256 } from '../security/tokens.ts';

/** A live session found by its token. */
export type SessionRecord = { tokenHash: string; accountId: string; expiresAt: number };

/** Opens a session for `accountId`; the token is returned once and stored only as its SHA-256. */
export function openSession({ db, clock, limits }: ServerContext, accountId: string): { token: string; expiresAt: number } {
  const token = newToken();
  const now = clock.now();
  const expiresAt = now + limits.sessionTtlSeconds * 1000;
  db.prepare(EXPIRY_SWEEPS.sessions).run(now);
  db.prepare('INSERT INTO sessions (token_hash, account_id, expires_at) VALUES (?, ?, ?)').run(sha256(token), accountId, expiresAt);
  return { token, expiresAt };
}

/** The live session of `token`, its expiry pushed sessionTtlSeconds past now (sliding); undefined if none. */
export function touchSession({ db, clock, limits }: ServerContext, token: string): SessionRecord | undefined {
  const now = clock.now();
  const expiresAt = now + limits.sessionTtlSeconds * 1000;
  const row = db
    .prepare('UPDATE sessions SET expires_at = ? WHERE token_hash = ? AND expires_at > ? RETURNING token_hash, account_id')
    .get(expiresAt, sha256(token), now);
  return row ? { tokenHash: String(row.token_hash), accountId: String(row.account_id), expiresAt } : undefined;
}

/** Ends one session. */
export function closeSession({ db }: ServerContext, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

/** Ends every session of an account, except `keepTokenHash` when given. */
export function closeAccountSessions({ db }: ServerContext, accountId: string, keepTokenHash?: string): void {
  db.prepare('DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?').run(accountId, keepTokenHash ?? '');
}

/** How many sessions of an account are live now. */
export function countLiveSessions({ db, clock }: ServerContext, accountId: string): number {
  const row = db.prepare('SELECT count(*) AS live FROM sessions WHERE account_id = ? AND expires_at > ?').get(accountId, clock.now());
  return Number(row?.live ?? 0);
}
