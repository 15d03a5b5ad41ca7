import { describe, expect, it } from 'vitest';
import { FIELD_ERROR_CODES, FIELD_WARNING_CODES, fail, isFieldErrorCode, pass } from '../../../../shared/validation/field-codes.ts';

describe('field codes', () => {
  it('lists each error code once, including the server-only ones', () => {
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length);
    expect(FIELD_ERROR_CODES).toHaveLength(30);
    expect(FIELD_ERROR_CODES).toEqual(expect.arrayContaining(['same_phone', 'username_taken']));
    expect(FIELD_WARNING_CODES).toEqual(['uscc_checksum_unverified']);
  });

  it('builds results without a stray warning key', () => {
    expect(pass()).toStrictEqual({ ok: true });
    expect(pass('uscc_checksum_unverified')).toStrictEqual({ ok: true, warning: 'uscc_checksum_unverified' });
    expect(fail('too_long')).toStrictEqual({ ok: false, code: 'too_long' });
  });

  it('recognises error codes arriving as strings', () => {
    expect(isFieldErrorCode('phone_taken')).toBe(true);
    expect(isFieldErrorCode('uscc_checksum_unverified')).toBe(false);
    expect(isFieldErrorCode('validation_failed')).toBe(false);
    expect(isFieldErrorCode(42)).toBe(false);
  });
});
