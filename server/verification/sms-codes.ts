import { randomInt, timingSafeEqual } from 'node:crypto';
import type { SmsPurpose } from '../../shared/validation/kinds.ts';
import { secondsUntil } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { EXPIRY_SWEEPS } from '../db/expiry.ts';
import { ApiFailure, fieldFailure, type Failure } from '../http/failure.ts';
import { sha256 } from '../security/tokens.ts';

/** Where a code is aimed: one phone, one purpose. At most one live code per pair. */
export type SmsTarget = { phone: string; purpose: SmsPurpose };

/** A stored code: 6 random digits, sent (or not) to its target. */
export type IssuedSmsCode = { code: string; expiresAt: number };

function codeHash(target: SmsTarget, code: string): string {
  return sha256(`${target.purpose}:${target.phone}:${code}`);
}

/**
 * Stores a fresh code for `target`, replacing the old one, and returns it;
 * drops codes of any target that expired and whose resend wait is over.
 * Throws 429 sms_resend_too_soon (with retryAfterSeconds) while the previous
 * code for the same target is younger than the resend interval.
 */
export function issueSmsCode({ db, clock, limits }: ServerContext, target: SmsTarget): IssuedSmsCode {
  const now = clock.now();
  const previous = db.prepare('SELECT sent_at FROM sms_codes WHERE phone = ? AND purpose = ?').get(target.phone, target.purpose);
  const resendAt = previous ? Number(previous.sent_at) + limits.smsResendSeconds * 1000 : 0;
  if (resendAt > now) {
    throw new ApiFailure({
      status: 429,
      code: 'sms_resend_too_soon',
      message: 'a code was sent to this phone moments ago',
      retryAfterSeconds: secondsUntil(resendAt, now),
    });
  }
  db.prepare(EXPIRY_SWEEPS.smsCodes).run(now, now - limits.smsResendSeconds * 1000);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = now + limits.smsTtlSeconds * 1000;
  db.prepare(
    `INSERT INTO sms_codes (phone, purpose, code_hash, sent_at, expires_at, failed_attempts) VALUES (?, ?, ?, ?, ?, 0)
     ON CONFLICT (phone, purpose) DO UPDATE SET
       code_hash = excluded.code_hash, sent_at = excluded.sent_at, expires_at = excluded.expires_at, failed_attempts = 0`,
  ).run(target.phone, target.purpose, codeHash(target, code), now, expiresAt);
  return { code, expiresAt };
}

/** Forgets the code of `target` (after a gateway failure, so the citizen may ask again at once). */
export function withdrawSmsCode({ db }: ServerContext, target: SmsTarget): void {
  db.prepare('DELETE FROM sms_codes WHERE phone = ? AND purpose = ?').run(target.phone, target.purpose);
}

/**
 * Checks `code` against the live code of `target` without using it up.
 * A wrong code counts a try (written at once, so run it where a refusal
 * still commits); the try that reaches the limit voids the code. Refusals
 * name the field smsCode: sms_code_expired (none, or expired),
 * sms_code_exhausted (voided by wrong tries) or sms_code_invalid.
 */
export function checkSmsCode({ db, clock, limits }: ServerContext, target: SmsTarget, code: string): Failure | null {
  const row = db
    .prepare('SELECT code_hash, expires_at, failed_attempts FROM sms_codes WHERE phone = ? AND purpose = ?')
    .get(target.phone, target.purpose);
  if (!row || Number(row.expires_at) <= clock.now()) {
    return fieldFailure(400, 'sms_code_expired', 'smsCode', 'there is no live code for this phone');
  }
  if (Number(row.failed_attempts) >= limits.smsMaxAttempts) {
    return fieldFailure(400, 'sms_code_exhausted', 'smsCode', 'the code was tried wrong too often');
  }
  const matches = timingSafeEqual(Buffer.from(codeHash(target, code)), Buffer.from(String(row.code_hash)));
  if (matches) return null;
  const tried = db
    .prepare(
      'UPDATE sms_codes SET failed_attempts = failed_attempts + 1 WHERE phone = ? AND purpose = ? RETURNING failed_attempts',
    )
    .get(target.phone, target.purpose);
  if (Number(tried?.failed_attempts) >= limits.smsMaxAttempts) {
    return fieldFailure(400, 'sms_code_exhausted', 'smsCode', 'the code was tried wrong too often');
  }
  return fieldFailure(400, 'sms_code_invalid', 'smsCode', 'the code is wrong');
}

/** Uses up the code of `target` after it served its purpose. */
export function consumeSmsCode(context: ServerContext, target: SmsTarget): void {
  withdrawSmsCode(context, target);
}
