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
};

/** The rules the kiosk's guide describes: 5-minute codes, 60 s between sends, 5 tries, 15-minute lock, 30-minute session. */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  captchaTtlSeconds: 300,
  smsTtlSeconds: 300,
  smsResendSeconds: 60,
  smsMaxAttempts: 5,
  maxPasswordFailures: 5,
  lockSeconds: 900,
  sessionTtlSeconds: 1800,
};

/** The defaults with `overrides` applied; throws on a value that is not a positive integer. */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0) throw new RangeError(`limit ${name} must be a positive integer`);
  }
  return limits;
}
