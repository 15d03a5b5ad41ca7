import { describe, expect, it } from 'vitest';
import { checkPassword, checkPasswordConfirmation } from '../../../../shared/validation/password.ts';

describe('checkPassword', () => {
  it('accepts 8-20 printable ASCII characters with a digit, an upper-case and a lower-case letter', () => {
    for (const value of ['Abcdefg1', 'Ab1!@#$%^&*()_+-={}~', 'zZ9zZ9zZ9']) expect(checkPassword(value)).toStrictEqual({ ok: true });
  });

  it('requires a value', () => {
    expect(checkPassword('')).toEqual({ ok: false, code: 'required' });
  });

  it('refuses spaces, control, full-width and non-ASCII characters', () => {
    for (const value of ['Abc defg1', 'Abcdefg1\t', 'Ａbcdefg1', 'Abcdefg1密', 'Abcdefg1\u007f']) {
      expect(checkPassword(value)).toEqual({ ok: false, code: 'invalid_characters' });
    }
  });

  it('refuses fewer than 8 or more than 20 characters', () => {
    expect(checkPassword('Abcdef1')).toEqual({ ok: false, code: 'too_short' });
    expect(checkPassword('Abcdefghij1234567890x')).toEqual({ ok: false, code: 'too_long' });
    expect(checkPassword('Abcdefghij123456789x')).toStrictEqual({ ok: true });
  });

  it('refuses a password missing a digit, an upper-case or a lower-case letter', () => {
    for (const value of ['Abcdefgh', 'abcdefg1', 'ABCDEFG1', '12345678!']) {
      expect(checkPassword(value)).toEqual({ ok: false, code: 'password_too_weak' });
    }
  });
});

describe('checkPasswordConfirmation', () => {
  it('accepts the same password', () => {
    expect(checkPasswordConfirmation('Abcdefg1', 'Abcdefg1')).toStrictEqual({ ok: true });
  });

  it('requires a value and refuses a different one', () => {
    expect(checkPasswordConfirmation('Abcdefg1', '')).toEqual({ ok: false, code: 'required' });
    expect(checkPasswordConfirmation('Abcdefg1', 'abcdefg1')).toEqual({ ok: false, code: 'mismatch' });
  });
});
