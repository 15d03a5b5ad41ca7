import { describe, expect, it } from 'vitest';
import { checkLoginName, checkUsername, normaliseLoginName } from '../../../../shared/validation/login-name.ts';

const ok = { ok: true };
const refused = (code: string) => ({ ok: false, code });

describe('checkLoginName (用户名/证件号码)', () => {
  it.each(['chen_xm', 'CHEN2026', '11010519491231002X', '11010519491231002x', '810000199001010019', 'USA123456789012', 'H12345678', '12345678', 'E12345678'])(
    'accepts %s',
    (value) => expect(checkLoginName(value)).toStrictEqual(ok),
  );

  it('refuses an empty name, other characters and more than 20', () => {
    expect(checkLoginName('')).toEqual(refused('required'));
    expect(checkLoginName('chen.xm')).toEqual(refused('invalid_characters'));
    expect(checkLoginName('陈小明')).toEqual(refused('invalid_characters'));
    expect(checkLoginName('a'.repeat(21))).toEqual(refused('too_long'));
  });

  it('checks 18 digits as a number with a MOD 11-2 check character', () => {
    expect(checkLoginName('110105194912310021')).toEqual(refused('invalid_checksum'));
  });

  it('drops spaces, keeping the case', () => {
    expect(normaliseLoginName(' 110105 19491231 002x ')).toBe('11010519491231002x');
  });
});

describe('checkUsername', () => {
  it('takes 4-20 letters, digits and _ starting with a letter', () => {
    expect(checkUsername('chen_xm')).toStrictEqual(ok);
    expect(checkUsername('')).toEqual(refused('required'));
    expect(checkUsername('chen-xm')).toEqual(refused('invalid_characters'));
    expect(checkUsername('2026chen')).toEqual(refused('invalid_format'));
    expect(checkUsername('abc')).toEqual(refused('too_short'));
    expect(checkUsername('a'.repeat(21))).toEqual(refused('too_long'));
  });
});
