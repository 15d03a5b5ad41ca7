import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_TYPES } from '../../../../shared/validation/id-number.ts';
import { checkPersonName, checkUnitName, nameAllowsLatin, normaliseName } from '../../../../shared/validation/name.ts';

const ok = { ok: true };
const refused = (code: string) => ({ ok: false, code });

describe('checkPersonName', () => {
  it('accepts Han names, with * for a rare character and · between parts', () => {
    for (const value of ['张三', '王*', '买买提·艾力', ' 李四 ', '𠮷田']) expect(checkPersonName(value)).toStrictEqual(ok);
  });

  it('requires a value after trimming', () => {
    expect(checkPersonName('')).toEqual(refused('required'));
    expect(checkPersonName('   ')).toEqual(refused('required'));
  });

  it('refuses Latin letters and other characters unless allowed', () => {
    for (const value of ['John', '张 三', '张三1', '买买提•艾力', '张三。']) {
      expect(checkPersonName(value)).toEqual(refused('invalid_characters'));
    }
  });

  it('needs at least one Han character', () => {
    expect(checkPersonName('**')).toEqual(refused('invalid_format'));
    expect(checkPersonName('·')).toEqual(refused('invalid_format'));
  });

  it('counts code points, not UTF-16 units, against the 30-character limit', () => {
    expect(checkPersonName('𠮷'.repeat(30))).toStrictEqual(ok);
    expect(checkPersonName('𠮷'.repeat(31))).toEqual(refused('too_long'));
    expect(checkPersonName('张'.repeat(31))).toEqual(refused('too_long'));
  });

  describe('with allowLatin', () => {
    const latin = { allowLatin: true };

    it('also accepts Latin letters, spaces, dots, apostrophes and hyphens', () => {
      for (const value of ["Mary-Jane O'Neil", 'J. R. Smith', 'CHAN Tai Man', '陈大文 CHAN']) {
        expect(checkPersonName(value, latin)).toStrictEqual(ok);
      }
    });

    it('still refuses digits and other characters', () => {
      expect(checkPersonName('John 2', latin)).toEqual(refused('invalid_characters'));
      expect(checkPersonName('José', latin)).toEqual(refused('invalid_characters'));
    });

    it('needs at least one letter', () => {
      expect(checkPersonName("- . '", latin)).toEqual(refused('invalid_format'));
    });

    it('keeps the 30-character limit', () => {
      expect(checkPersonName('A'.repeat(31), latin)).toEqual(refused('too_long'));
    });
  });
});

describe('look-alike characters', () => {
  it.each([
    ['Kangxi radicals', '张\u2F00\u2F06', '张一二'],
    ['a compatibility ideograph', '\uF900三', '\u8C48三'],
    ['full-width letters', 'Ｊｏｈｎ', 'John'],
    ['an ideographic space around the name', '\u3000李四\u3000', '李四'],
  ])('normalises %s to the characters they stand for', (_, typed, stored) => {
    expect(normaliseName(typed)).toBe(stored);
  });

  it('checks the normalised name, so a Kangxi radical counts as the ideograph it looks like', () => {
    expect(checkPersonName('张\u2F00')).toStrictEqual(ok);
    expect(checkPersonName('\u2F00')).toStrictEqual(ok);
    expect(checkPersonName('Ｊｏｈｎ', { allowLatin: true })).toStrictEqual(ok);
  });

  it.each([
    ['a radical with no canonical form', '张\u2E80', 'invalid_characters'],
    ['another dot', '买买提\u30FB艾力', 'invalid_characters'],
    ['a leading ·', '·买买提', 'invalid_format'],
    ['a trailing ·', '买买提·', 'invalid_format'],
    ['a doubled ·', '买买提··艾力', 'invalid_format'],
    ['a · of the Latin mode first', '·John', 'invalid_format'],
  ])('refuses %s', (_, value, code) => {
    expect(checkPersonName(value, { allowLatin: true })).toEqual(refused(code));
  });

  const ALPHABET = ['张', '三', '𠮷', '*', '·', ' ', '\u2F00', '\uF900', '\u2E80', '\u30FB', '\u3000', 'A', 'ａ'];
  const typed = fc.array(fc.constantFrom(...ALPHABET), { minLength: 0, maxLength: 12 }).map((chars) => chars.join(''));

  it('accepts only names that are, once normalised, ideographs or * in parts joined by single dots', () => {
    const shape = /^[\p{Unified_Ideograph}*]+(·[\p{Unified_Ideograph}*]+)*$/u;
    fc.assert(
      fc.property(typed, (value) => {
        if (checkPersonName(value).ok) expect(normaliseName(value)).toMatch(shape);
      }),
    );
  });

  it('gives the same answer for a name and its normal form', () => {
    fc.assert(fc.property(typed, fc.boolean(), (value, allowLatin) => {
      expect(checkPersonName(normaliseName(value), { allowLatin })).toEqual(checkPersonName(value, { allowLatin }));
      expect(checkUnitName(normaliseName(value))).toEqual(checkUnitName(value));
    }));
  });
});

describe('nameAllowsLatin', () => {
  it('allows Latin letters for foreign permanent residence cards, passports and Hong Kong / Macau permits', () => {
    expect(ID_TYPES.filter(nameAllowsLatin)).toEqual(['foreign_permanent_id', 'hk_macao_permit', 'passport']);
  });
});

describe('checkUnitName', () => {
  it('accepts Han, Latin letters, digits, spaces and the usual punctuation', () => {
    for (const value of ['海南某某汽车销售有限公司', '某某（海南）科技有限公司', 'ABC (Hainan) Co. Ltd.', 'A&B-3·公司', ' 某某 ']) {
      expect(checkUnitName(value)).toStrictEqual(ok);
    }
  });

  it('requires a value after trimming', () => {
    expect(checkUnitName('')).toEqual(refused('required'));
    expect(checkUnitName('  ')).toEqual(refused('required'));
  });

  it('refuses other characters', () => {
    for (const value of ['某某公司！', '某某/公司', '某某_公司', 'Café']) expect(checkUnitName(value)).toEqual(refused('invalid_characters'));
  });

  it('needs 2 to 100 code points', () => {
    expect(checkUnitName('某')).toEqual(refused('too_short'));
    expect(checkUnitName(' 某 ')).toEqual(refused('too_short'));
    expect(checkUnitName('𠮷'.repeat(100))).toStrictEqual(ok);
    expect(checkUnitName('某'.repeat(101))).toEqual(refused('too_long'));
  });
});
