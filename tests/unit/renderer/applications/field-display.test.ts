import { describe, expect, it } from 'vitest';
import { displayValue, type DisplayWords } from '../../../../renderer/features/applications/field-display.ts';
import { HAINAN } from './sample-catalogs.ts';

const fields = HAINAN.categories.find((category) => category.id === 'nonlocal_home_contract')!.fields;
const field = (name: string) => fields.find((candidate) => candidate.name === name)!;

const words = (locale: 'zh-CN' | 'en'): DisplayWords => ({
  text: (value) => value[locale],
  day: (value) => `<${value}>`,
  yes: locale === 'en' ? 'Yes' : '是',
  no: locale === 'en' ? 'No' : '否',
  idType: (value) => `[${value}]`,
});

describe('field display', () => {
  it('reads every kind back in words of the language on screen', () => {
    const zh = words('zh-CN');
    expect(displayValue(HAINAN, field('residenceArea'), '460106', zh)).toBe('海口市 龙华区');
    expect(displayValue(HAINAN, field('residenceArea'), '460106', words('en'))).toBe('Haikou Longhua District');
    expect(displayValue(HAINAN, field('hasCar'), 'no', zh)).toBe('否');
    expect(displayValue(HAINAN, field('sex'), 'female', words('en'))).toBe('Female');
    expect(displayValue(HAINAN, field('licenceClasses'), ['C1', 'C2'], zh)).toBe('小型汽车（C1）、小型自动挡汽车（C2）');
    expect(displayValue(HAINAN, field('licenceClasses'), 'C1', zh), 'one chip of the choice').toBe('小型汽车（C1）');
    expect(displayValue(HAINAN, field('birthDate'), '1980-01-01', zh)).toBe('<1980-01-01>');
    expect(displayValue(HAINAN, field('idType'), 'resident_id', zh)).toBe('[resident_id]');
    expect(displayValue(HAINAN, field('licenceIdType'), 'passport', zh)).toBe('护照');
    expect(displayValue(HAINAN, field('email'), undefined, zh)).toBe('');
  });
});
