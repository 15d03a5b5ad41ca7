import type { ServerContext } from '../context.ts';
import { ApiFailure } from '../http/failure.ts';
import { verifyPassword } from '../security/passwords.ts';
import { clearLoginFailures, failLoginAttempt, startLoginAttempt, type LoginSubject } from './login-failures.ts';

/** 401 invalid_credentials: names no field, so it does not tell which of the name and the password was wrong. */
export function invalidCredentials(): ApiFailure {
  return new ApiFailure({ status: 401, code: 'invalid_credentials', message: 'the credentials are wrong' });
}

/**
 * The password step of both password logins: the client's login throttle
 * (429 too_many_requests), the subject's count (423 account_locked), then
 * `password` against the password of `holder`, which is undefined when
 * nobody has the name (checked all the same, so neither the answer nor its
 * time tells). A wrong password throws 401 invalid_credentials, or 423 when
 * it reaches the limit; the right one forgets the subject's failures, gives
 * the throttle its slot back and answers the holder. `client` is the
 * caller's address.
 */
export async function checkLoginPassword<H extends { passwordHash: string | null }>(
  context: ServerContext,
  client: string,
  subject: LoginSubject,
  password: string,
  holder: H | undefined,
): Promise<H> {
  const slot = context.throttles.logins.take(client);
  const attempt = startLoginAttempt(context, subject);
  const matches = await verifyPassword(password, holder?.passwordHash ?? null);
  if (!holder || !matches) {
    const locked = failLoginAttempt(context, attempt);
    throw locked ? new ApiFailure(locked) : invalidCredentials();
  }
  slot.release();
  clearLoginFailures(context, subject);
  return holder;
}
