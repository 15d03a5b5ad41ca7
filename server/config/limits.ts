/** Time limits and attempt counts of the account rules; tests lower them. */
export type Limits = {
  /** How long a picture captcha may be answered. */
  captchaTtlSeconds: number;
  /** How long an SMS code may be used. */
  smsTtlSeconds: number;
  /** How soon another SMS code may be sent to the same phone for the same purpose. */
  smsResendSeconds: number;
  /** Wrong tries that void an SMS code. */
  smsMaxAttempts: number;
  /** Wrong passwords in a row that lock an account. */
  maxPasswordFailures: number;
  /** How long a locked account stays locked. */
  lockSeconds: number;
  /** How long a session lasts without being used (each use extends it). */
  sessionTtlSeconds: number;
  /** Picture captchas one client (IP address) may ask for in any captchaRateWindowSeconds. */
  captchaRateMax: number;
  captchaRateWindowSeconds: number;
  /**
   * Failed password logins (quota system and identity platform together) one
   * client may make in any loginRateWindowSeconds, whatever accounts they
   * name: the limit on a password spray. Behind a NAT every terminal of a
   * hall is one client, so size it for the hall.
   */
  loginRateMax: number;
  loginRateWindowSeconds: number;
  /** How long a submission grant (issued at login) lets the terminal's outbox deliver for the account. */
  submissionGrantTtlSeconds: number;
};

/**
 * The rules the kiosk's guide describes: 5-minute codes, 60 s between sends,
 * 5 tries, 15-minute lock, 30-minute session; and per client at most 30
 * captchas a minute and 20 failed logins in 10 minutes; a terminal's outbox
 * may deliver for 72 hours after a login.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  captchaTtlSeconds: 300,
  smsTtlSeconds: 300,
  smsResendSeconds: 60,
  smsMaxAttempts: 5,
  maxPasswordFailures: 5,
  lockSeconds: 900,
  sessionTtlSeconds: 1800,
  captchaRateMax: 30,
  captchaRateWindowSeconds: 60,
  loginRateMax: 20,
  loginRateWindowSeconds: 600,
  submissionGrantTtlSeconds: 72 * 3600,
};

/** The defaults with `overrides` applied; throws on a value that is not a positive integer. */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0) throw new RangeError(`limit ${name} must be a positive integer`);
  }
  return limits;
}
