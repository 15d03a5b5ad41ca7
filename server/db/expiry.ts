/**
 * The statements that drop rows past their use, one per table. Each finds
 * its rows through the index on the table's expiry column (migrations 3, 4), so
 * a sweep costs the same with 50 000 live rows as with none.
 */
export const EXPIRY_SWEEPS = {
  /** Parameter: now. */
  captchas: 'DELETE FROM captchas WHERE expires_at <= ?',
  /** Parameter: now. */
  sessions: 'DELETE FROM sessions WHERE expires_at <= ?',
  /** Parameters: now, and the send time before which the resend wait is over (a row holds that wait too). */
  smsCodes: 'DELETE FROM sms_codes WHERE expires_at <= ? AND sent_at <= ?',
  /** Parameter: now. */
  loginFailures: 'DELETE FROM login_failures WHERE expires_at <= ?',
} as const;
