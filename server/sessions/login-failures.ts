import type { IdentityKind, UserType } from '../../shared/validation/kinds.ts';
import { lockedFailure } from '../accounts/lockout.ts';
import type { ServerContext } from '../context.ts';
import { EXPIRY_SWEEPS } from '../db/expiry.ts';
import { inTransaction } from '../db/transaction.ts';
import { refusal, success, unwrap, type Failure } from '../http/failure.ts';
import { sha256 } from '../security/tokens.ts';

/**
 * What wrong passwords are counted against: a login name within one realm
 * (the quota system's personal or unit logins, the identity platform's
 * personal or legal ones), whether or not an account has that name. An
 * unknown phone is locked after as many tries as a registered one, so the
 * answers never tell which phones are registered. Names are stored only as
 * hashes.
 */
export type LoginSubject = { realm: `quota:${UserType}` | `identity:${IdentityKind}`; name: string };

/** A password attempt under way: its place in the count. */
export type LoginAttempt = { subject: LoginSubject; number: number };

const nameHash = (subject: LoginSubject) => sha256(`${subject.realm}:${subject.name}`);

/**
 * Counts an attempt before its password is checked (so attempts sent in
 * parallel cannot outrun the count) and throws 423 account_locked while the
 * subject is locked, or when attempts already in flight fill the limit (that
 * locks it). Attempts older than lockSeconds are forgotten. Not inside a
 * transaction: it runs its own.
 */
export function startLoginAttempt(context: ServerContext, subject: LoginSubject): LoginAttempt {
  const { db, clock, limits } = context;
  const now = clock.now();
  const hash = nameHash(subject);
  return unwrap(
    inTransaction(db, () => {
      db.prepare(EXPIRY_SWEEPS.loginFailures).run(now);
      const row = db.prepare('SELECT attempts, locked_until FROM login_failures WHERE realm = ? AND name_hash = ?').get(subject.realm, hash);
      const lockedUntil = row?.locked_until === null || row === undefined ? 0 : Number(row.locked_until);
      if (lockedUntil > now) return refusal(lockedFailure(lockedUntil, now));
      const number = (lockedUntil > 0 ? 0 : Number(row?.attempts ?? 0)) + 1;
      if (number > limits.maxPasswordFailures) return refusal(lock(context, subject, now));
      db.prepare(
        `INSERT INTO login_failures (realm, name_hash, attempts, locked_until, expires_at) VALUES (?, ?, ?, NULL, ?)
         ON CONFLICT (realm, name_hash) DO UPDATE SET attempts = excluded.attempts, locked_until = NULL, expires_at = excluded.expires_at`,
      ).run(subject.realm, hash, number, now + limits.lockSeconds * 1000);
      return success({ subject, number });
    }),
  );
}

function lock({ db, clock, limits }: ServerContext, subject: LoginSubject, now = clock.now()): Failure {
  const until = now + limits.lockSeconds * 1000;
  db.prepare(
    `INSERT INTO login_failures (realm, name_hash, attempts, locked_until, expires_at) VALUES (?, ?, 0, ?, ?)
     ON CONFLICT (realm, name_hash) DO UPDATE SET attempts = 0, locked_until = excluded.locked_until, expires_at = excluded.expires_at`,
  ).run(subject.realm, nameHash(subject), until, until);
  return lockedFailure(until, now);
}

/** The attempt's password was wrong: the one that reached the limit locks the subject for lockSeconds and yields the 423; otherwise null. */
export function failLoginAttempt(context: ServerContext, attempt: LoginAttempt): Failure | null {
  return attempt.number >= context.limits.maxPasswordFailures ? lock(context, attempt.subject) : null;
}

/** Forgets the subject's wrong passwords and any lock: after a right password, or a password reset. */
export function clearLoginFailures({ db }: ServerContext, subject: LoginSubject): void {
  db.prepare('DELETE FROM login_failures WHERE realm = ? AND name_hash = ?').run(subject.realm, nameHash(subject));
}
