import { secondsUntil } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure, type Failure } from '../http/failure.ts';

/** Tables whose rows carry `failed_logins` and `locked_until`: the quota accounts and the identity platform's. */
export type LockableTable = 'accounts' | 'identity_accounts';

/** Something that can be locked: its id and when its lock ends (ms), if any. */
export type Lockable = { id: string; lockedUntil: number | null };

function lockedFailure(until: number, now: number): Failure {
  return {
    status: 423,
    code: 'account_locked',
    message: 'too many wrong passwords; the account is locked for a while',
    retryAfterSeconds: secondsUntil(until, now),
  };
}

/** Throws 423 account_locked (with retryAfterSeconds) while `subject` is locked. */
export function assertNotLocked({ clock }: ServerContext, subject: Lockable): void {
  const now = clock.now();
  if (subject.lockedUntil !== null && subject.lockedUntil > now) {
    throw new ApiFailure(lockedFailure(subject.lockedUntil, now));
  }
}

/**
 * Counts a wrong password. The one that reaches the limit locks the row for
 * lockSeconds (and restarts the count for when the lock ends) and yields the
 * 423 account_locked refusal; otherwise null.
 */
export function recordPasswordFailure({ db, clock, limits }: ServerContext, table: LockableTable, id: string): Failure | null {
  const row = db.prepare(`UPDATE ${table} SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins`).get(id);
  if (Number(row?.failed_logins) < limits.maxPasswordFailures) return null;
  const now = clock.now();
  const until = now + limits.lockSeconds * 1000;
  db.prepare(`UPDATE ${table} SET failed_logins = 0, locked_until = ? WHERE id = ?`).run(until, id);
  return lockedFailure(until, now);
}

/** Forgets wrong passwords and any lock after a right one. */
export function clearPasswordFailures({ db }: ServerContext, table: LockableTable, id: string): void {
  db.prepare(`UPDATE ${table} SET failed_logins = 0, locked_until = NULL WHERE id = ?`).run(id);
}
