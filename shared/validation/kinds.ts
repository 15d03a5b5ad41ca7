/**
 * The small closed sets that account requests are keyed on.
 */

/** Who an account belongs to: a person or a unit (company, organisation). */
export const USER_TYPES = ['personal', 'unit'] as const;

/** A kind of account. */
export type UserType = (typeof USER_TYPES)[number];

/** What an SMS verification code is requested for; application_confirm: the 短信确认 step, sent to the logged-in account's phone. */
export const SMS_PURPOSES = ['register', 'reset_password', 'change_phone', 'identity_login', 'application_confirm'] as const;

/** What one SMS verification code is for. */
export type SmsPurpose = (typeof SMS_PURPOSES)[number];

/** Who logs in by identity: a person (by ID number) or a legal person (by credit code). */
export const IDENTITY_KINDS = ['personal', 'legal'] as const;

/** A kind of identity login. */
export type IdentityKind = (typeof IDENTITY_KINDS)[number];
