import type { ApiErrorCode } from '../../shared/contract/errors.ts';
import type { GrantErrorCode } from '../../shared/contract/grants.ts';
import type { FieldErrorCode, FieldErrors } from '../../shared/validation/field-codes.ts';

/** A refusal the API answers on purpose: status, contract code and, when it is about fields, which. */
export type Failure = {
  status: number;
  code: ApiErrorCode | GrantErrorCode;
  message: string;
  fields?: Record<string, string>;
  retryAfterSeconds?: number;
};

/** A result that is either a value or a refusal; used inside transactions that must commit either way. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** Thrown by services; the error handler answers it as the contract's error body (and does not log it). */
export class ApiFailure extends Error {
  readonly failure: Failure;

  constructor(failure: Failure) {
    super(failure.message);
    this.name = 'ApiFailure';
    this.failure = failure;
  }
}

/** A value for an Outcome. */
export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/** A refusal for an Outcome. */
export function refusal<T = never>(failure: Failure): Outcome<T> {
  return { ok: false, failure };
}

/** The value of `outcome`, or its refusal thrown as an ApiFailure. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new ApiFailure(outcome.failure);
  return outcome.value;
}

/** Throws 400 validation_failed naming each field of `errors`, unless there are none. */
export function assertNoFieldErrors(errors: FieldErrors): void {
  const fields = Object.fromEntries(Object.entries(errors).filter(([, code]) => code !== undefined)) as Record<
    string,
    string
  >;
  if (Object.keys(fields).length === 0) return;
  throw new ApiFailure({ status: 400, code: 'validation_failed', message: 'the request did not pass validation', fields });
}

/** A refusal about one field, whose field code is the top-level code as well (phone_taken, sms_code_invalid...). */
export function fieldFailure(status: number, code: ApiErrorCode & FieldErrorCode, field: string, message: string): Failure {
  return { status, code, message, fields: { [field]: code } };
}
