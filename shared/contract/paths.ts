/** URL paths of the central API contract, relative to its base URL. */
export const API_PREFIX = '/api/v1';

export const API_PATHS = {
  health: `${API_PREFIX}/health`,
  openapi: `${API_PREFIX}/openapi.json`,
  catalogDocument: `${API_PREFIX}/catalog/documents/:id`,
  captchas: `${API_PREFIX}/captchas`,
  smsCodes: `${API_PREFIX}/sms-codes`,
  personalAccounts: `${API_PREFIX}/accounts/personal`,
  unitAccounts: `${API_PREFIX}/accounts/unit`,
  sessions: `${API_PREFIX}/sessions`,
  currentSession: `${API_PREFIX}/sessions/current`,
  identitySessions: `${API_PREFIX}/identity/sessions`,
  passwordResets: `${API_PREFIX}/password-resets`,
  myAccount: `${API_PREFIX}/accounts/me`,
  myName: `${API_PREFIX}/accounts/me/name`,
  myPassword: `${API_PREFIX}/accounts/me/password`,
  myPhone: `${API_PREFIX}/accounts/me/phone`,
  catalog: `${API_PREFIX}/catalog`,
  applications: `${API_PREFIX}/applications`,
  applicationPrefill: `${API_PREFIX}/applications/prefill`,
  application: `${API_PREFIX}/applications/:code`,
  applicationCancellation: `${API_PREFIX}/applications/:code/cancellation`,
  indicators: `${API_PREFIX}/indicators`,
  ladder: `${API_PREFIX}/ladder`,
  ladderEnrolment: `${API_PREFIX}/ladder/enrolment`,
  periods: `${API_PREFIX}/periods`,
  periodDraws: `${API_PREFIX}/periods/:id/draws`,
} as const;

/**
 * Development-only paths: registered only when the server runs with
 * `devEndpoints` (tests, `npm run server -- --dev`, the kiosk's embedded API).
 * A production central API never answers them.
 */
export const DEV_API_PATHS = {
  smsInbox: `${API_PREFIX}/dev/sms-inbox`,
  captchaAnswer: `${API_PREFIX}/dev/captchas/:id`,
  identityAccounts: `${API_PREFIX}/dev/identity-accounts`,
  clock: `${API_PREFIX}/dev/clock`,
  liveSessions: `${API_PREFIX}/dev/sessions`,
  operatorReview: `${API_PREFIX}/dev/operator/applications/:code/review`,
  operatorFreeze: `${API_PREFIX}/dev/operator/periods/:id/freeze`,
  operatorDraw: `${API_PREFIX}/dev/operator/periods/:id/draw`,
  operatorIndicatorUse: `${API_PREFIX}/dev/operator/indicators/:code/use`,
  operatorApplicationCodes: `${API_PREFIX}/dev/operator/application-codes`,
} as const;

/** Fills `:name` placeholders of a contract path. */
export function apiPath(template: string, params: Record<string, string>): string {
  return template.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
