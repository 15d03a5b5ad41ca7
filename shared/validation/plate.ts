/**
 * 机动车号牌号码 of a passenger car: the province's one-character
 * abbreviation, the issuing office's letter, then 5 letters or digits
 * (blue and yellow plates) or 6 (green new-energy plates, GA 36-2018,
 * D/F/A-K as first or last). Letters I and O are never used.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';

/** The provinces' one-character abbreviations on plates. */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

const SERIAL = /^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}$/;
const NEW_ENERGY = /^[A-HJ-NP-Z]([DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])$/;

/** A plate number as typed, without spaces, dots or hyphens, upper-cased. */
export function normalisePlate(value: string): string {
  return value.replace(/[\s·.\-]+/g, '').toUpperCase();
}

/**
 * Checks a normalised plate number: `required`, `invalid_characters`
 * (anything but a province abbreviation then A-Z 0-9), `invalid_format`
 * (not province + letter + 5, or a new-energy pattern of 6), then
 * `invalid_region` when `prefixes` is given and the plate starts with
 * none of them (e.g. ['琼'], ['浙A']).
 */
export function checkPlate(value: string, prefixes: readonly string[] = []): FieldCheck {
  if (value === '') return fail('required');
  const [province, ...rest] = [...value];
  const serial = rest.join('');
  if (!PLATE_PROVINCES.includes(province!) || !/^[A-Z0-9]*$/.test(serial)) return fail('invalid_characters');
  if (!SERIAL.test(serial) || (serial.length === 7 && !NEW_ENERGY.test(serial))) return fail('invalid_format');
  if (prefixes.length > 0 && !prefixes.some((prefix) => value.startsWith(prefix))) return fail('invalid_region');
  return pass();
}
