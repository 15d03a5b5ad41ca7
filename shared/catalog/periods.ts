/**
 * Application periods (期): building a catalog's monthly periods, and
 * reading which period a day belongs to. Days are ISO dates in the
 * catalog's time zone (catalog.utcOffsetMinutes).
 */
import type { CatalogPeriod } from '../contract/catalog-periods.ts';
import { monthsBefore } from '../validation/dates.ts';
import { t } from './data/text.ts';

/** The day `ms` (since the epoch) falls on at `utcOffsetMinutes` from UTC, YYYY-MM-DD. */
export function localDate(ms: number, utcOffsetMinutes: number): string {
  return new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Days of the month on which a monthly period's dates fall. */
export interface MonthlySchedule {
  /** Applications close on this day of the period's month; they opened the day after the previous period closed. */
  closesOnDay: number;
  reviewResultOnDay: number;
  poolFreezesOnDay: number;
  drawOnDay: number;
  resultOnDay: number;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const day = (yyyymm: string, dayOfMonth: number) => `${yyyymm.slice(0, 4)}-${yyyymm.slice(4)}-${String(dayOfMonth).padStart(2, '0')}`;

/** One period per month from `first` to `last` (both YYYYMM), each with `quotas`. */
export function monthlyPeriods(first: string, last: string, schedule: MonthlySchedule, quotas: Record<string, number>): CatalogPeriod[] {
  const periods: CatalogPeriod[] = [];
  for (let month = `${first.slice(0, 4)}-${first.slice(4)}-01`; month.slice(0, 7).replace('-', '') <= last; month = monthsBefore(month, -1)) {
    const id = month.slice(0, 7).replace('-', '');
    const previous = monthsBefore(month, 1).slice(0, 7).replace('-', '');
    const year = Number(id.slice(0, 4));
    const monthNumber = Number(id.slice(4));
    periods.push({
      id,
      name: t(`${year}年${monthNumber}月（${id}期）`, `${year}年${monthNumber}月（${id}期）`, `${EN_MONTHS[monthNumber - 1]} ${year} (period ${id})`),
      opensOn: day(previous, schedule.closesOnDay + 1),
      closesOn: day(id, schedule.closesOnDay),
      reviewResultOn: day(id, schedule.reviewResultOnDay),
      poolFreezesOn: day(id, schedule.poolFreezesOnDay),
      drawOn: day(id, schedule.drawOnDay),
      resultOn: day(id, schedule.resultOnDay),
      quotas: { ...quotas },
    });
  }
  return periods;
}

/** The period that takes applications made on `date`, if the catalog has one. */
export function periodOpenOn(periods: readonly CatalogPeriod[], date: string): CatalogPeriod | undefined {
  return periods.find((period) => period.opensOn <= date && date <= period.closesOn);
}

/** True when `date` is a period's pool-freeze day or draw day, on which cancellations are refused. */
export function isFreezeOrDrawDay(periods: readonly CatalogPeriod[], date: string): boolean {
  return periods.some((period) => period.poolFreezesOn === date || period.drawOn === date);
}

/** The periods that have opened by `date`, newest first ("past and current"). */
export function periodsOpenedBy(periods: readonly CatalogPeriod[], date: string): CatalogPeriod[] {
  return periods.filter((period) => period.opensOn <= date).sort((a, b) => b.id.localeCompare(a.id));
}
