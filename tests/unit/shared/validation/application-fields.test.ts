import { describe, expect, it } from 'vitest';
import { checkEmail, checkLandline, checkPostcode } from '../../../../shared/validation/contact.ts';
import { checkDate, monthsBefore } from '../../../../shared/validation/dates.ts';
import { checkLicenceFileNumber, checkLicenceNumber } from '../../../../shared/validation/licence.ts';
import { checkPlate, normalisePlate } from '../../../../shared/validation/plate.ts';
import { FIELD_RULE_NAMES, fieldRule, isFieldRuleName } from '../../../../shared/validation/rules.ts';

const HOLDER = { idType: 'resident_id' as const, idNumber: '11010519491231002X' };
const refused = (code: string) => ({ ok: false, code });

describe('plate numbers', () => {
  it.each(['琼A12345', '浙AD12345', '浙A12345D', '京N8P8F8'])('accepts %s', (plate) => {
    expect(checkPlate(plate)).toEqual({ ok: true });
  });

  it('refuses what is no plate, and a plate of another place when prefixes are given', () => {
    expect(checkPlate('XA12345')).toEqual(refused('invalid_characters'));
    expect(checkPlate('琼AI2345')).toEqual(refused('invalid_format'));
    expect(checkPlate('琼A1234')).toEqual(refused('invalid_format'));
    expect(checkPlate('琼A123456')).toEqual(refused('invalid_format'));
    expect(checkPlate('浙B12345', ['浙A'])).toEqual(refused('invalid_region'));
    expect(checkPlate('浙A12345', ['浙A'])).toEqual({ ok: true });
  });

  it('reads a plate typed with a dot, spaces or lower case', () => {
    expect(normalisePlate('琼a·123 45')).toBe('琼A12345');
  });
});

describe('contact details', () => {
  it('landlines with area code, perhaps an extension', () => {
    for (const number of ['0898-66668888', '057188889999', '010-12345678-123']) expect(checkLandline(number), number).toEqual({ ok: true });
    for (const number of ['66668888', '0898-0666888', '13800000000']) expect(checkLandline(number), number).toEqual(refused('invalid_format'));
  });

  it('e-mail addresses and postcodes', () => {
    expect(checkEmail('zhang.san@example.com.cn')).toEqual({ ok: true });
    expect(checkEmail('zhang.san@localhost')).toEqual(refused('invalid_format'));
    expect(checkPostcode('570203')).toEqual({ ok: true });
    expect(checkPostcode('070203')).toEqual(refused('invalid_format'));
  });
});

describe('driving licences', () => {
  it('file numbers are 12 digits', () => {
    expect(checkLicenceFileNumber('460100123456')).toEqual({ ok: true });
    expect(checkLicenceFileNumber('46010012345')).toEqual(refused('invalid_format'));
    expect(checkLicenceFileNumber('46010012345A')).toEqual(refused('invalid_characters'));
  });

  it('a licence issued on the holder’s own document type repeats its number; on another it has that document’s shape', () => {
    expect(checkLicenceNumber(HOLDER.idNumber, 'resident_id', HOLDER)).toEqual({ ok: true });
    expect(checkLicenceNumber('440524188001010014', 'resident_id', HOLDER)).toEqual(refused('disagrees_with_id_number'));
    expect(checkLicenceNumber('440524188001010015', 'resident_id', HOLDER)).toEqual(refused('invalid_checksum'));
    expect(checkLicenceNumber('E12345678', 'passport', HOLDER)).toEqual({ ok: true });
    expect(checkLicenceNumber('440524188001010014', 'resident_id', { ...HOLDER, idNumber: null })).toEqual({ ok: true });
  });
});

describe('dates', () => {
  const today = '2027-03-02';
  it('a calendar date, not after today, within a window, not before another', () => {
    expect(checkDate('2027-02-30', { today })).toEqual(refused('invalid_format'));
    expect(checkDate('2027-03-03', { today, notAfterToday: true })).toEqual(refused('date_in_future'));
    expect(checkDate('2026-03-01', { today, withinMonths: 12 })).toEqual(refused('out_of_range'));
    expect(checkDate('2026-03-02', { today, withinMonths: 12 })).toEqual({ ok: true });
    expect(checkDate('2020-01-01', { today, notBefore: '2020-05-01' })).toEqual(refused('out_of_range'));
  });

  it('counts months back to the last day of a shorter month', () => {
    expect(monthsBefore('2027-03-31', 1)).toBe('2027-02-28');
    expect(monthsBefore('2027-01-15', 13)).toBe('2025-12-15');
  });
});

describe('the rule registry', () => {
  it('declares the parameters each rule reads', () => {
    expect(FIELD_RULE_NAMES).toContain('vin');
    expect(isFieldRuleName('licence_number')).toBe(true);
    expect(isFieldRuleName('toString')).toBe(false);
    const context = { values: {}, holder: HOLDER, today: '2027-03-02' };
    expect(fieldRule('digits').check('7', { min: 12 }, context)).toEqual(refused('out_of_range'));
    expect(fieldRule('licence_classes').check(['D', 'E'], { anyOf: ['C1'] }, context)).toEqual(refused('licence_class_not_allowed'));
    expect(fieldRule('id_number').check('E12345678', { idTypeField: 'kind' }, { ...context, values: { kind: 'passport' } })).toEqual({ ok: true });
  });
});
