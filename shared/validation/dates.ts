/**
 * Calendar dates on forms, as ISO YYYY-MM-DD strings (which compare in
 * order as strings). "Today" is passed in: the server's clock in the
 * catalog's time zone.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';

/** True when YYYY-MM-DD names a day of the Gregorian calendar. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The ISO date `months` calendar months before `date` (the last day of a shorter month when the day does not exist). */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The ISO date `months` calendar months after `date`. */
export function monthsAfter(date: string, months: number): string {
  return monthsBefore(date, -months);
}

/** Limits on a date field. */
export interface DateLimits {
  /** Today, YYYY-MM-DD. */
  today: string;
  /** Refuse a date after today. */
  notAfterToday?: boolean;
  /** Refuse a date earlier than this many months before today. */
  withinMonths?: number;
  /** Refuse a date earlier than this one (another field's date). */
  notBefore?: string;
}

/**
 * Checks an ISO date: `required`, `invalid_format` (not a calendar date),
 * `date_in_future` (after today when notAfterToday), then `out_of_range`
 * (older than withinMonths, or before notBefore).
 */
export function checkDate(value: string, limits: DateLimits): FieldCheck {
  if (value === '') return fail('required');
  if (!isIsoDate(value)) return fail('invalid_format');
  if (limits.notAfterToday && value > limits.today) return fail('date_in_future');
  if (limits.withinMonths !== undefined && value < monthsBefore(limits.today, limits.withinMonths)) return fail('out_of_range');
  if (limits.notBefore !== undefined && isIsoDate(limits.notBefore) && value < limits.notBefore) return fail('out_of_range');
  return pass();
}
