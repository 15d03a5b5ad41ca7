import { isFieldErrorCode, type FieldErrorCode, type FieldWarningCode } from '../../shared/validation/field-codes.ts';

/** The message key of a field error code; an unknown code (a newer server) reads as a format error. */
export function fieldErrorKey(code: string): `fieldErrors.${FieldErrorCode}` {
  return `fieldErrors.${isFieldErrorCode(code) ? code : 'invalid_format'}`;
}

export function fieldWarningKey(code: FieldWarningCode): `fieldWarnings.${FieldWarningCode}` {
  return `fieldWarnings.${code}`;
}
