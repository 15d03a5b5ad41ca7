import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../../shared/catalog/catalogs.ts';
import { checkApplicationValues, fieldChoices, visibleFields, type Applicant } from '../../../../shared/catalog/check-values.ts';
import { drawsToNextStep, ladderSteps, lotteryCodes } from '../../../../shared/catalog/ladder.ts';
import { parseCatalog } from '../../../../shared/catalog/parse.ts';
import { isFreezeOrDrawDay, localDate, periodOpenOn, periodsOpenedBy } from '../../../../shared/catalog/periods.ts';
import type { Catalog } from '../../../../shared/contract/catalog-schema.ts';

const catalog = (parseCatalog({ ...CATALOGS.hangzhou, version: 'test' }) as { catalog: Catalog }).catalog;
const category = catalog.categories.find((candidate) => candidate.id === 'local_resident')!;
const kiosk: Applicant = {
  account: { name: '王五', idType: 'resident_id', idNumber: '110***********002X', phone: '139****0001', creditCode: null, contactName: null },
  idType: 'resident_id',
  idNumber: null,
};

describe('the ladder rule', () => {
  const rule = { drawsPerStep: 24, maxSteps: 3 };
  it('gives a step per 24 draws, at most 3, and 1 + steps codes', () => {
    expect([0, 23, 24, 47, 48, 72, 200].map((draws) => ladderSteps(rule, draws))).toEqual([0, 0, 1, 1, 2, 3, 3]);
    expect(lotteryCodes(ladderSteps(rule, 50))).toBe(3);
    expect([0, 30, 72].map((draws) => drawsToNextStep(rule, draws))).toEqual([24, 18, null]);
  });
});

describe('periods', () => {
  it('read days in the catalog’s time zone, and which period takes an application', () => {
    expect(localDate(Date.parse('2027-03-08T16:30:00Z'), 480)).toBe('2027-03-09');
    expect(periodOpenOn(catalog.periods, '2027-03-08')?.id).toBe('202703');
    expect(periodOpenOn(catalog.periods, '2027-03-09')?.id).toBe('202704');
    expect(isFreezeOrDrawDay(catalog.periods, '2027-03-25')).toBe(true);
    expect(isFreezeOrDrawDay(catalog.periods, '2027-03-26')).toBe(true);
    expect(isFreezeOrDrawDay(catalog.periods, '2027-03-27')).toBe(false);
    expect(periodsOpenedBy(catalog.periods, '2026-02-10').map((period) => period.id)).toEqual(['202603', '202602', '202601']);
  });
});

describe('checkApplicationValues, as the kiosk runs it', () => {
  it('shows the ladder question for lottery applications only, and the plate only when there is a car', () => {
    const names = (values: Record<string, string>) => visibleFields(category, 'regular_lottery', values).map((field) => field.name);
    expect(names({ hasCar: 'no' })).toContain('ladderOptIn');
    expect(names({ hasCar: 'no' })).not.toContain('carPlate');
    expect(names({ hasCar: 'yes' })).toContain('carPlate');
    expect(fieldChoices(catalog, category.fields.find((field) => field.name === 'residenceArea')!)).toHaveLength(13);
  });

  it('leaves the derived fields and the licence cross-check to the server when the ID number is masked', () => {
    const { errors, values } = checkApplicationValues(
      catalog,
      category,
      'regular_lottery',
      {
        hukouArea: '330106',
        licenceIdType: 'resident_id',
        licenceNumber: '440524188001010014',
        licenceFileNumber: '330100123456',
        licenceClasses: ['C1'],
        hasCar: 'no',
        ladderOptIn: 'yes',
        residenceArea: '330106',
        address: '西湖区文三路1号',
        postcode: '310012',
      },
      kiosk,
      '2027-03-02',
    );
    expect(errors).toEqual({});
    expect(values).toMatchObject({ applicantName: '王五', idNumber: '110***********002X', ladderOptIn: 'yes' });
    expect(values.sex).toBeUndefined();
  });
});
