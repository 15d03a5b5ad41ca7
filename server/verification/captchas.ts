import { randomUUID } from 'node:crypto';
import { ApiFailure, fieldFailure } from '../http/failure.ts';
import type { ServerContext } from '../context.ts';
import { EXPIRY_SWEEPS } from '../db/expiry.ts';
import { drawCaptcha } from './captcha-image.ts';

/** A stored captcha as the route answers it. */
export type IssuedCaptcha = { captchaId: string; svg: string; expiresAt: number };

/**
 * Draws a captcha and stores its answer until it expires; drops captchas
 * that already have. Throws 429 too_many_requests when `client` (the
 * caller's address) has asked for too many lately.
 */
export function issueCaptcha({ db, clock, limits, throttles }: ServerContext, client: string): IssuedCaptcha {
  throttles.captchas.take(client);
  const now = clock.now();
  const { answer, svg } = drawCaptcha();
  const captchaId = randomUUID();
  const expiresAt = now + limits.captchaTtlSeconds * 1000;
  db.prepare(EXPIRY_SWEEPS.captchas).run(now);
  db.prepare('INSERT INTO captchas (id, answer, expires_at) VALUES (?, ?, ?)').run(captchaId, answer.toUpperCase(), expiresAt);
  return { captchaId, svg, expiresAt };
}

/**
 * Uses up the captcha `captchaId` (right or wrong, it cannot be tried again)
 * and throws unless `answer` was its answer, ignoring case. The refusal (400)
 * names the field captchaAnswer: captcha_expired (unknown, used or expired)
 * or captcha_invalid. Runs in its own statement, so the captcha stays used
 * whatever the request does next.
 */
export function useCaptcha({ db, clock }: ServerContext, captchaId: string, answer: string): void {
  const row = db.prepare('DELETE FROM captchas WHERE id = ? RETURNING answer, expires_at').get(captchaId);
  if (!row || Number(row.expires_at) <= clock.now()) {
    throw new ApiFailure(fieldFailure(400, 'captcha_expired', 'captchaAnswer', 'the captcha has expired or was already used'));
  }
  if (String(row.answer) !== answer.trim().toUpperCase()) {
    throw new ApiFailure(fieldFailure(400, 'captcha_invalid', 'captchaAnswer', 'the captcha answer is wrong'));
  }
}

/** Development only: the answer of a live captcha, without using it up. */
export function peekCaptchaAnswer({ db, clock }: ServerContext, captchaId: string): string | undefined {
  const row = db.prepare('SELECT answer FROM captchas WHERE id = ? AND expires_at > ?').get(captchaId, clock.now());
  return row ? String(row.answer) : undefined;
}
