import { describe, expect, it } from 'vitest';
import { checkMobile } from '../../../../shared/validation/phone.ts';

describe('checkMobile', () => {
  it('accepts 11 digits starting 13-19', () => {
    for (const value of ['13812345678', '19912345678', '16612345678']) expect(checkMobile(value)).toStrictEqual({ ok: true });
  });

  it('requires a value', () => {
    expect(checkMobile('')).toEqual({ ok: false, code: 'required' });
  });

  it('refuses other shapes', () => {
    for (const value of ['12812345678', '1381234567', '138123456789', '+8613812345678', '138 1234 5678', '1381234567a']) {
      expect(checkMobile(value)).toEqual({ ok: false, code: 'invalid_format' });
    }
  });
});
