import axios, { type AxiosInstance, type AxiosResponse, type Method } from 'axios';
import type { z } from 'zod';
import { apiErrorSchema } from '../../../shared/contract/errors.ts';
import { healthResponseSchema } from '../../../shared/contract/health.ts';
import { catalogDocumentSchema, type CatalogDocument, type CatalogDocumentId } from '../../../shared/contract/catalog.ts';
import { accountSchema, doneSchema, type Account } from '../../../shared/contract/accounts.ts';
import { sessionSchema, type Session } from '../../../shared/contract/sessions.ts';
import { captchaSchema, smsSentSchema, type Captcha, type SmsSent } from '../../../shared/contract/verification.ts';
import { API_PATHS, apiPath } from '../../../shared/contract/paths.ts';
import {
  applicationListSchema,
  applicationPrefillSchema,
  applicationSchema,
  type Application,
  type ApplicationPrefill,
  type ApplicationRequest,
  type ApplicationSummary,
} from '../../../shared/contract/applications.ts';
import { indicatorListSchema, type Indicator } from '../../../shared/contract/indicators.ts';
import { ladderSchema, type Ladder } from '../../../shared/contract/ladder.ts';
import { periodDrawsSchema, periodListSchema, type PeriodDraws, type PeriodSummary } from '../../../shared/contract/periods.ts';
import type { Locale } from '../../../shared/locales.ts';
import type {
  ChangeNameInput,
  ChangePasswordInput,
  ChangePhoneInput,
  IdentityLoginInput,
  PasswordLoginInput,
  PasswordResetInput,
  PersonalRegistrationInput,
  SmsRequestInput,
  UnitRegistrationInput,
} from '../../../shared/validation/forms.ts';
import { KioskError } from '../errors.ts';

export interface ApiClientOptions {
  baseUrl: string;
  timeoutMs: number;
  terminalId: string;
  version: string;
}

interface RequestOptions {
  body?: unknown;
  params?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Bearer token of the citizen's session. */
  token?: string | undefined;
  headers?: Record<string, string>;
}

/** The catalog as fetched: not changed since the version asked about, or a body still to be read (parseCatalog). */
export type CatalogFetch = { changed: false } | { changed: true; body: unknown };

/** The central API contract over HTTP; every failure becomes a KioskError with a contract code. */
export class ApiClient {
  private readonly http: AxiosInstance;

  constructor(options: ApiClientOptions) {
    this.http = axios.create({
      baseURL: options.baseUrl,
      timeout: options.timeoutMs,
      headers: { 'X-Terminal-Id': options.terminalId, 'User-Agent': `quota-kiosk/${options.version}` },
      validateStatus: () => true,
      maxRedirects: 0,
    });
  }

  /** Resolves when the API answers healthy; rejects otherwise. */
  async health(signal?: AbortSignal): Promise<void> {
    await this.send('GET', API_PATHS.health, healthResponseSchema, { signal });
  }

  catalogDocument(id: CatalogDocumentId, locale: Locale): Promise<CatalogDocument> {
    return this.send('GET', apiPath(API_PATHS.catalogDocument, { id }), catalogDocumentSchema, { params: { locale } });
  }

  captcha(): Promise<Captcha> {
    return this.send('POST', API_PATHS.captchas, captchaSchema, { body: {} });
  }

  requestSms(input: SmsRequestInput, token?: string): Promise<SmsSent> {
    return this.send('POST', API_PATHS.smsCodes, smsSentSchema, { body: input, token });
  }

  registerPersonal(input: PersonalRegistrationInput): Promise<Session> {
    return this.send('POST', API_PATHS.personalAccounts, sessionSchema, { body: input });
  }

  registerUnit(input: UnitRegistrationInput): Promise<Session> {
    return this.send('POST', API_PATHS.unitAccounts, sessionSchema, { body: input });
  }

  login(input: PasswordLoginInput): Promise<Session> {
    return this.send('POST', API_PATHS.sessions, sessionSchema, { body: input });
  }

  identityLogin(input: IdentityLoginInput): Promise<Session> {
    return this.send('POST', API_PATHS.identitySessions, sessionSchema, { body: input });
  }

  async logout(token: string): Promise<void> {
    await this.send('DELETE', API_PATHS.currentSession, null, { token });
  }

  async resetPassword(input: PasswordResetInput): Promise<void> {
    await this.send('POST', API_PATHS.passwordResets, doneSchema, { body: input });
  }

  myAccount(token: string): Promise<Account> {
    return this.send('GET', API_PATHS.myAccount, accountSchema, { token });
  }

  changeName(token: string, input: ChangeNameInput): Promise<Account> {
    return this.send('PUT', API_PATHS.myName, accountSchema, { body: input, token });
  }

  async changePassword(token: string, input: ChangePasswordInput): Promise<void> {
    await this.send('PUT', API_PATHS.myPassword, doneSchema, { body: input, token });
  }

  changePhone(token: string, input: ChangePhoneInput): Promise<Account> {
    return this.send('PUT', API_PATHS.myPhone, accountSchema, { body: input, token });
  }

  /**
   * The catalog: with the version the kiosk holds, the API answers 304 when
   * it has not changed (If-None-Match on its ETag). The body is left to
   * parseCatalog, which says what is wrong with a catalog it cannot read.
   */
  async catalog(version?: string): Promise<CatalogFetch> {
    const headers: Record<string, string> = version === undefined ? {} : { 'If-None-Match': `"${version}"` };
    const response = await this.request('GET', API_PATHS.catalog, { headers });
    return response.status === 304 ? { changed: false } : { changed: true, body: response.data };
  }

  applicationPrefill(token: string): Promise<ApplicationPrefill> {
    return this.send('GET', API_PATHS.applicationPrefill, applicationPrefillSchema, { token });
  }

  /** Sends an application under `idempotencyKey`: the same key and body answer the first answer again. */
  submitApplication(token: string, idempotencyKey: string, application: ApplicationRequest): Promise<Application> {
    return this.send('POST', API_PATHS.applications, applicationSchema, { body: application, token, headers: { 'Idempotency-Key': idempotencyKey } });
  }

  async applications(token: string): Promise<ApplicationSummary[]> {
    return (await this.send('GET', API_PATHS.applications, applicationListSchema, { token })).applications;
  }

  application(token: string, code: string): Promise<Application> {
    return this.send('GET', apiPath(API_PATHS.application, { code }), applicationSchema, { token });
  }

  /** With a key, a cancellation sent again (or later from the outbox) answers the first answer. */
  cancelApplication(token: string, code: string, idempotencyKey: string): Promise<Application> {
    return this.send('POST', apiPath(API_PATHS.applicationCancellation, { code }), applicationSchema, { body: {}, token, headers: { 'Idempotency-Key': idempotencyKey } });
  }

  async indicators(token: string): Promise<Indicator[]> {
    return (await this.send('GET', API_PATHS.indicators, indicatorListSchema, { token })).indicators;
  }

  ladder(token: string): Promise<Ladder> {
    return this.send('GET', API_PATHS.ladder, ladderSchema, { token });
  }

  enrolInLadder(token: string, idempotencyKey: string): Promise<Ladder> {
    return this.send('POST', API_PATHS.ladderEnrolment, ladderSchema, { body: {}, token, headers: { 'Idempotency-Key': idempotencyKey } });
  }

  /** Past and current periods; with a token, the citizen's own part in each. */
  async periods(token?: string): Promise<PeriodSummary[]> {
    return (await this.send('GET', API_PATHS.periods, periodListSchema, { token })).periods;
  }

  periodDraws(id: string): Promise<PeriodDraws> {
    return this.send('GET', apiPath(API_PATHS.periodDraws, { id }), periodDrawsSchema, {});
  }

  /** One request; `schema` null accepts any success body (and none). */
  private async send<S extends z.ZodType | null>(
    method: Method,
    path: string,
    schema: S,
    options: RequestOptions,
  ): Promise<S extends z.ZodType ? z.output<S> : void> {
    const response = await this.request(method, path, options);
    if (schema === null) return undefined as never;
    const parsed = schema.safeParse(response.data);
    if (!parsed.success) throw new KioskError('api.bad_response', `response of ${path} does not match the contract`);
    return parsed.data as never;
  }

  /** One request, its transport failures and error answers thrown as KioskErrors; a success (or 304) answered as is. */
  private async request(method: Method, path: string, { body, params, signal, token, headers }: RequestOptions): Promise<AxiosResponse> {
    let response;
    try {
      response = await this.http.request({
        method,
        url: path,
        data: body,
        params,
        signal,
        headers: { ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      });
    } catch (error) {
      throw transportError(error);
    }
    // A gateway that could not reach the central API (or the API saying it is unavailable): as good as no answer.
    if (GATEWAY_FAILURES.includes(response.status)) throw new KioskError('api.unreachable', `the central API is unavailable (HTTP ${response.status})`);
    if (response.status >= 400) {
      const parsed = apiErrorSchema.safeParse(response.data);
      if (!parsed.success) throw new KioskError('api.bad_response', `HTTP ${response.status} without an error body`);
      const { code, message, fields, retryAfterSeconds } = parsed.data.error;
      throw new KioskError(code, message, fields, retryAfterSeconds);
    }
    return response;
  }
}

/** Bad gateway, service unavailable, gateway timeout. */
const GATEWAY_FAILURES: readonly number[] = [502, 503, 504];

function transportError(error: unknown): KioskError {
  if (axios.isAxiosError(error) && (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT')) {
    return new KioskError('api.timeout', 'the central API did not answer in time');
  }
  return new KioskError('api.unreachable', `the central API is unreachable (${(error as Error).message})`);
}
