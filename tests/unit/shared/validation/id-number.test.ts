import { describe, expect, it } from 'vitest';
import { gb11643CheckChar } from '../../../../shared/validation/gb11643.ts';
import {
  ID_TYPES,
  checkIdNumber,
  idNumberKeyboard,
  idNumberMaxLength,
  normaliseIdNumber,
  type IdType,
} from '../../../../shared/validation/id-number.ts';

const withCheck = (digits: string) => digits + gb11643CheckChar(digits);
const ok = { ok: true };
const refused = (code: string) => ({ ok: false, code });

/** A valid number of each type at its longest. */
const LONGEST: Record<IdType, string> = {
  resident_id: '11010519491231002X',
  // 8 1 0 0 0 0 1 9 9 0 0 1 0 1 0 0 1 x weights: 56+9+2+9+54+9+5+2 = 146; 146 mod 11 = 3 -> '9'
  residence_permit: '810000199001010019',
  // 9 1 1 8 4 0 1 9 8 0 0 1 0 1 0 0 1 x weights: 63+9+10+40+32+2+9+48+9+5+2 = 229; 229 mod 11 = 9 -> '3'
  foreign_permanent_id: '911840198001010013',
  hk_macao_permit: 'H1234567801',
  taiwan_permit: '12345678',
  passport: 'ABCDEFGHJ12345678',
};

describe('normaliseIdNumber', () => {
  it('trims, drops spaces and upper-cases', () => {
    expect(normaliseIdNumber(' 1101 0519 4912 3100 2x ')).toBe('11010519491231002X');
    expect(normaliseIdNumber('h1234\u30005678')).toBe('H12345678');
  });
});

describe('checkIdNumber', () => {
  it('accepts a valid number of each type at its longest, and refuses one character more', () => {
    for (const type of ID_TYPES) {
      expect(LONGEST[type]).toHaveLength(idNumberMaxLength(type));
      expect(checkIdNumber(type, LONGEST[type])).toStrictEqual(ok);
      expect(checkIdNumber(type, `${LONGEST[type]}1`).ok).toBe(false);
    }
  });

  it('requires a value and refuses characters outside A-Z 0-9 for every type', () => {
    for (const type of ID_TYPES) {
      expect(checkIdNumber(type, '')).toEqual(refused('required'));
      expect(checkIdNumber(type, '11010519491231002x')).toEqual(refused('invalid_characters'));
      expect(checkIdNumber(type, 'E1234567-8')).toEqual(refused('invalid_characters'));
      expect(checkIdNumber(type, 'H 12345678')).toEqual(refused('invalid_characters'));
    }
  });

  it('checks a resident ID number by GB 11643', () => {
    expect(checkIdNumber('resident_id', '440524188001010014')).toStrictEqual(ok);
    expect(checkIdNumber('resident_id', '1101051949123100')).toEqual(refused('invalid_format'));
    expect(checkIdNumber('resident_id', 'A1010519491231002X')).toEqual(refused('invalid_format'));
    expect(checkIdNumber('resident_id', withCheck('11010519490230001'))).toEqual(refused('invalid_birth_date'));
    expect(checkIdNumber('resident_id', '110105194912310021')).toEqual(refused('invalid_checksum'));
  });

  it('requires the Hong Kong, Macau or Taiwan address code on a residence permit', () => {
    expect(checkIdNumber('residence_permit', withCheck('82000020000229002'))).toStrictEqual(ok);
    expect(checkIdNumber('residence_permit', withCheck('83000019800101003'))).toStrictEqual(ok);
    expect(checkIdNumber('residence_permit', '11010519491231002X')).toEqual(refused('invalid_region'));
    expect(checkIdNumber('residence_permit', withCheck('81000119900101001'))).toEqual(refused('invalid_region'));
    expect(checkIdNumber('residence_permit', '810000199001010018')).toEqual(refused('invalid_checksum'));
    expect(checkIdNumber('residence_permit', withCheck('81000019900230001'))).toEqual(refused('invalid_birth_date'));
    expect(checkIdNumber('residence_permit', '81000019900101001')).toEqual(refused('invalid_format'));
  });

  it('accepts both foreign permanent residence ID cards and checks the 2023 one', () => {
    expect(checkIdNumber('foreign_permanent_id', 'USA110012345678')).toStrictEqual(ok);
    expect(checkIdNumber('foreign_permanent_id', '911840198001010013')).toStrictEqual(ok);
    expect(checkIdNumber('foreign_permanent_id', '911840198001010012')).toEqual(refused('invalid_checksum'));
    expect(checkIdNumber('foreign_permanent_id', '11010519491231002X')).toEqual(refused('invalid_format'));
    expect(checkIdNumber('foreign_permanent_id', 'US1110012345678')).toEqual(refused('invalid_format'));
    expect(checkIdNumber('foreign_permanent_id', 'USA11001234567')).toEqual(refused('invalid_format'));
  });

  it('checks the shape of Hong Kong / Macau and Taiwan travel permits', () => {
    expect(checkIdNumber('hk_macao_permit', 'H12345678')).toStrictEqual(ok);
    expect(checkIdNumber('hk_macao_permit', 'M1234567802')).toStrictEqual(ok);
    expect(checkIdNumber('hk_macao_permit', 'H123456789')).toEqual(refused('invalid_format'));
    expect(checkIdNumber('hk_macao_permit', 'A12345678')).toEqual(refused('invalid_format'));
    expect(checkIdNumber('taiwan_permit', '1234567')).toEqual(refused('invalid_format'));
    expect(checkIdNumber('taiwan_permit', 'T1234567')).toEqual(refused('invalid_format'));
  });

  it('accepts Chinese and foreign passports by length and character set', () => {
    for (const value of ['E12345678', 'EA1234567', 'G12345678', 'X1234', '123456789']) {
      expect(checkIdNumber('passport', value)).toStrictEqual(ok);
    }
    expect(checkIdNumber('passport', 'E123')).toEqual(refused('invalid_format'));
    expect(checkIdNumber('passport', 'E1234567890123456X')).toEqual(refused('invalid_format'));
  });
});

describe('idNumberKeyboard and idNumberMaxLength', () => {
  it('offers the digits-and-X pad only for GB 11643 numbers', () => {
    expect(ID_TYPES.map(idNumberKeyboard)).toEqual(['id', 'id', 'alnum', 'alnum', 'alnum', 'alnum']);
  });

  it('gives the longest number of each type', () => {
    expect(ID_TYPES.map(idNumberMaxLength)).toEqual([18, 18, 18, 11, 8, 17]);
  });
});
