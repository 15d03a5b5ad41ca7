import { secondsUntil } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure, type Failure } from '../http/failure.ts';

/**
 * The lock on an account's own row, counted by wrong old passwords when a
 * logged-in citizen changes the password. Logins count wrong passwords per
 * login name instead (server/sessions/login-failures.ts) and also respect
 * this lock.
 */
export type LockableTable = 'accounts';

/** Something that can be locked: its id and when its lock ends (ms), if any. */
export type Lockable = { id: string; lockedUntil: number | null };

/** 423 account_locked until `until`; the same answer whatever was locked, so it tells nothing about who exists. */
export function lockedFailure(until: number, now: number): Failure {
  return {
    status: 423,
    code: 'account_locked',
    message: 'too many wrong passwords; logging in is suspended for a while',
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
