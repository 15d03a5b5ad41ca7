import { describe, expect, it } from 'vitest';
import { dateBounds, daysInMonth, withinBounds, yearPage } from '../../../../renderer/features/applications/fields/date-pad.ts';
import { HAINAN } from './sample-catalogs.ts';

const fields = HAINAN.categories.find((category) => category.id === 'renewal_personal')!.fields;
const field = (name: string) => fields.find((candidate) => candidate.name === name)!;

describe('date pad', () => {
  it('knows the length of each month, leap Februaries too', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('pages years back from the latest one allowed, 20 at a time', () => {
    expect(yearPage(2026, 2026)).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i));
    expect(yearPage(2026, 2007)[0]).toBe(2007);
    expect(yearPage(2026, 2006)).toEqual(Array.from({ length: 20 }, (_, i) => 1987 + i));
  });

  it('offers only the days the rule allows: not after today, within 12 months', () => {
    expect(dateBounds(field('plateIssuedOn'), '2026-12-01')).toEqual({ min: '1900-01-01', max: '2026-12-01' });
    const changed = dateBounds(field('changedOn'), '2026-12-01');
    expect(changed).toEqual({ min: '2025-12-01', max: '2026-12-01' });
    expect(withinBounds(changed, 2025, null)).toBe(true);
    expect(withinBounds(changed, 2024, null)).toBe(false);
    expect(withinBounds(changed, 2025, 11)).toBe(false);
    expect(withinBounds(changed, 2026, 12, 1)).toBe(true);
    expect(withinBounds(changed, 2026, 12, 2)).toBe(false);
  });
});
