/**
 * The touch date picker's arithmetic: pages of years, the days of a month,
 * and the days a field's rule allows (notAfterToday, withinMonths), so the
 * pads only offer days that can pass.
 */
import type { CatalogField } from '../../../../shared/contract/catalog-fields.ts';

/** Years shown at once (5 columns, 4 rows). */
export const YEARS_PER_PAGE = 20;

/** How far back any date may go, and forward when the rule sets no end. */
const EARLIEST = '1900-01-01';
const YEARS_AHEAD = 10;

const pad = (value: number) => String(value).padStart(2, '0');

/** YYYY-MM-DD. */
export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `day` moved by whole months (the day of the month kept where it exists). */
function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return isoDay(targetYear, targetMonth, Math.min(date, daysInMonth(targetYear, targetMonth)));
}

/** The first and last day the field's rule lets through, given today. */
export function dateBounds(field: CatalogField, today: string): { min: string; max: string } {
  const params = field.rule?.name === 'date' ? field.rule.params : {};
  const max = params.notAfterToday === true ? today : addMonths(today, YEARS_AHEAD * 12);
  const within = typeof params.withinMonths === 'number' ? addMonths(today, -params.withinMonths) : EARLIEST;
  return { min: within > EARLIEST ? within : EARLIEST, max };
}

/** The page of years that holds `year`, pages counted back from `last` (the latest year allowed), in order. */
export function yearPage(last: number, year: number): number[] {
  const back = Math.max(0, Math.floor((last - year) / YEARS_PER_PAGE));
  const end = last - back * YEARS_PER_PAGE;
  return Array.from({ length: YEARS_PER_PAGE }, (_, index) => end - YEARS_PER_PAGE + 1 + index);
}

/** True when some day of `year`-`month` (month null: of the year) lies within the bounds. */
export function withinBounds(bounds: { min: string; max: string }, year: number, month: number | null, day: number | null = null): boolean {
  const first = isoDay(year, month ?? 1, day ?? 1);
  const last = isoDay(year, month ?? 12, day ?? daysInMonth(year, month ?? 12));
  return last >= bounds.min && first <= bounds.max;
}
