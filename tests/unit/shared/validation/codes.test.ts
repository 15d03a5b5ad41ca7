import { describe, expect, it } from 'vitest';
import { checkCaptchaAnswer, checkSmsCode } from '../../../../shared/validation/codes.ts';

describe('checkSmsCode', () => {
  it('accepts 6 digits', () => {
    expect(checkSmsCode('012345')).toStrictEqual({ ok: true });
  });

  it('requires a value and refuses other shapes', () => {
    expect(checkSmsCode('')).toEqual({ ok: false, code: 'required' });
    for (const value of ['12345', '1234567', '12345a', '１２３４５６']) {
      expect(checkSmsCode(value)).toEqual({ ok: false, code: 'invalid_format' });
    }
  });
});

describe('checkCaptchaAnswer', () => {
  it('accepts 4 letters or digits in either case', () => {
    expect(checkCaptchaAnswer('a1B2')).toStrictEqual({ ok: true });
  });

  it('requires a value and refuses other shapes', () => {
    expect(checkCaptchaAnswer('')).toEqual({ ok: false, code: 'required' });
    for (const value of ['abc', 'abcde', 'ab-1', 'ab 1']) {
      expect(checkCaptchaAnswer(value)).toEqual({ ok: false, code: 'invalid_format' });
    }
  });
});
