/**
 * Identity documents (证件) a person can register with, and the shape of
 * each document's number. Callers pass numbers through normaliseIdNumber
 * first, both before checking and before storing.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';
import { checkGb11643, gb11643CheckChar } from './gb11643.ts';

/**
 * Document types, in the order the forms offer them: 居民身份证, 港澳台居民居住证,
 * 外国人永久居留身份证, 港澳居民来往内地通行证, 台湾居民来往大陆通行证, 护照.
 */
export const ID_TYPES = [
  'resident_id',
  'residence_permit',
  'foreign_permanent_id',
  'hk_macao_permit',
  'taiwan_permit',
  'passport',
] as const;

/** One kind of identity document. */
export type IdType = (typeof ID_TYPES)[number];

/** Which on-screen keyboard suits a document number: digits and X, or letters and digits. */
export type IdNumberKeyboard = 'id' | 'alnum';

/** Address codes of 港澳台居民居住证: Hong Kong, Macau, Taiwan. */
const RESIDENCE_PERMIT_REGIONS: readonly string[] = ['810000', '820000', '830000'];

const ALPHANUMERIC = /^[A-Z0-9]+$/;

function checkResidencePermit(value: string): FieldCheck {
  const check = checkGb11643(value);
  if (!check.ok) return check;
  return RESIDENCE_PERMIT_REGIONS.includes(value.slice(0, 6)) ? pass() : fail('invalid_region');
}

/** 2017 card: 3 letters + 12 digits (format only); 2023 card: 9 + 17 chars with the MOD 11-2 check. */
function checkForeignPermanentId(value: string): FieldCheck {
  if (/^[A-Z]{3}\d{12}$/.test(value)) return pass();
  if (!/^9\d{16}[\dX]$/.test(value)) return fail('invalid_format');
  return gb11643CheckChar(value.slice(0, 17)) === value[17] ? pass() : fail('invalid_checksum');
}

function matching(pattern: RegExp): (value: string) => FieldCheck {
  return (value) => (pattern.test(value) ? pass() : fail('invalid_format'));
}

const CHECKS: Record<IdType, (value: string) => FieldCheck> = {
  resident_id: (value) => checkGb11643(value),
  residence_permit: checkResidencePermit,
  foreign_permanent_id: checkForeignPermanentId,
  hk_macao_permit: matching(/^[HM]\d{8}(\d{2})?$/),
  taiwan_permit: matching(/^\d{8}$/),
  // Foreign passports have no fixed format; Chinese ones (E + 8 digits, E + letter + 7 digits) fit too.
  passport: matching(/^[A-Z0-9]{5,17}$/),
};

const KEYBOARDS: Record<IdType, IdNumberKeyboard> = {
  resident_id: 'id',
  residence_permit: 'id',
  foreign_permanent_id: 'alnum',
  hk_macao_permit: 'alnum',
  taiwan_permit: 'alnum',
  passport: 'alnum',
};

const MAX_LENGTHS: Record<IdType, number> = {
  resident_id: 18,
  residence_permit: 18,
  foreign_permanent_id: 18,
  hk_macao_permit: 11,
  taiwan_permit: 8,
  passport: 17,
};

/** A document number as typed, trimmed, without spaces and upper-cased. */
export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks a normalised document number for its type: `required`,
 * `invalid_characters` (anything outside A-Z 0-9), then the type's own
 * rules (`invalid_format`, `invalid_birth_date`, `invalid_checksum`,
 * `invalid_region`).
 */
export function checkIdNumber(type: IdType, value: string): FieldCheck {
  if (value === '') return fail('required');
  if (!ALPHANUMERIC.test(value)) return fail('invalid_characters');
  if (!Object.hasOwn(CHECKS, type)) return fail('invalid_format');
  return CHECKS[type](value);
}

/** The keyboard for a document type: 'id' (digits and X) for the GB 11643 numbers, 'alnum' otherwise. */
export function idNumberKeyboard(type: IdType): IdNumberKeyboard {
  return KEYBOARDS[type];
}

/** The longest number a document type allows, for the input's maxlength. */
export function idNumberMaxLength(type: IdType): number {
  return MAX_LENGTHS[type];
}
