import { describe, expect, it } from 'vitest';
import { allowsLatin, keyboardFor, maxLengthFor, platePrefixes, splitPlate } from '../../../../renderer/features/applications/field-input.ts';
import { HAINAN, HANGZHOU } from './sample-catalogs.ts';

const field = (catalog: typeof HAINAN, category: string, name: string) =>
  catalog.categories.find((candidate) => candidate.id === category)!.fields.find((candidate) => candidate.name === name)!;

describe('field input', () => {
  it('types each rule on its keyboard', () => {
    const kind = (category: string, name: string) => keyboardFor(field(HAINAN, category, name), {}, 'resident_id');
    expect(kind('nonlocal_home_contract', 'licenceFileNumber')).toBe('digits');
    expect(kind('nonlocal_home_contract', 'landline')).toBe('landline');
    expect(kind('nonlocal_home_contract', 'email')).toBe('email');
    expect(kind('nonlocal_home_contract', 'homeContractNumber')).toBe('text');
    expect(kind('renewal_personal', 'vin')).toBe('vin');
    expect(kind('renewal_personal', 'vehiclePlate')).toBe('plate');
    expect(kind('civil_servant', 'employerCreditCode')).toBe('alnum');
    expect(kind('other_family_transfer', 'previousOwnerName')).toBe('name');
    expect(kind('other_family_transfer', 'previousOwnerIdNumber')).toBe('id');
  });

  it('types a licence number on the keyboard and length of the document it was issued on', () => {
    const licence = field(HAINAN, 'nonlocal_home_contract', 'licenceNumber');
    expect(keyboardFor(licence, { licenceIdType: 'resident_id' }, 'passport')).toBe('id');
    expect(keyboardFor(licence, { licenceIdType: 'passport' }, 'resident_id')).toBe('alnum');
    expect(maxLengthFor(licence, { licenceIdType: 'taiwan_permit' }, 'resident_id')).toBe(8);
    expect(maxLengthFor(field(HAINAN, 'nonlocal_home_contract', 'email'), {}, 'resident_id')).toBe(100);
    expect(allowsLatin(licence)).toBe(false);
  });

  it('fixes a plate’s prefix from its rule, or offers every province when the rule allows any', () => {
    expect(platePrefixes(field(HAINAN, 'renewal_personal', 'vehiclePlate'))).toEqual(['琼']);
    expect(platePrefixes(field(HANGZHOU, 'renewal_personal', 'vehiclePlate'))).toEqual(['浙A']);
    const any = platePrefixes(field(HAINAN, 'other_talent_relocation', 'vehiclePlate'));
    expect(any).toHaveLength(31);
    expect(any).toContain('京');
    expect(splitPlate('浙A12345', ['浙', '浙A'])).toEqual({ prefix: '浙A', serial: '12345' });
    expect(splitPlate('A12345', ['琼'])).toEqual({ prefix: null, serial: 'A12345' });
  });
});
