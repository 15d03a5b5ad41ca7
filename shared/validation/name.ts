/**
 * Names of people and units. A person's name is written in Chinese
 * characters, with `*` for a rare character that cannot be typed and `·`
 * between the parts of a transcribed name (买买提·艾力); holders of foreign
 * or Hong Kong / Macau documents may also use Latin letters.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';
import type { IdType } from './id-number.ts';

const PERSON_NAME_MAX = 30;
const UNIT_NAME_MIN = 2;
const UNIT_NAME_MAX = 100;

const HAN = /\p{Script=Han}/u;
const HAN_OR_LATIN = /[\p{Script=Han}A-Za-z]/u;
const PERSON_NAME_CHARS = /^[\p{Script=Han}*\u00b7]+$/u;
const PERSON_NAME_CHARS_LATIN = /^[\p{Script=Han}*\u00b7A-Za-z .'-]+$/u;
const UNIT_NAME_CHARS = /^[\p{Script=Han}A-Za-z0-9 （）()\u00b7&.-]+$/u;

/** Code points, so a character from a CJK extension plane counts once. */
function codePointLength(value: string): number {
  return [...value].length;
}

/** Options for checkPersonName. */
export interface PersonNameOptions {
  /** Also accept A-Z a-z, space, `.`, `'` and `-` (see nameAllowsLatin). */
  allowLatin?: boolean;
}

/**
 * Checks a person's name after trimming it: `required`, `invalid_characters`,
 * `invalid_format` (no Han character, or with allowLatin no letter either),
 * then `too_long` (over 30 code points).
 */
export function checkPersonName(value: string, options: PersonNameOptions = {}): FieldCheck {
  const name = value.trim();
  if (name === '') return fail('required');
  const allowLatin = options.allowLatin === true;
  if (!(allowLatin ? PERSON_NAME_CHARS_LATIN : PERSON_NAME_CHARS).test(name)) return fail('invalid_characters');
  if (!(allowLatin ? HAN_OR_LATIN : HAN).test(name)) return fail('invalid_format');
  if (codePointLength(name) > PERSON_NAME_MAX) return fail('too_long');
  return pass();
}

/** True when holders of this document may write their name in Latin letters. */
export function nameAllowsLatin(idType: IdType): boolean {
  return idType === 'foreign_permanent_id' || idType === 'passport' || idType === 'hk_macao_permit';
}

/**
 * Checks a unit's name after trimming it: `required`, `invalid_characters`
 * (allowed: Han, A-Z a-z 0-9, space, （ ） ( ) · & - .), then `too_short` /
 * `too_long` (2-100 code points).
 */
export function checkUnitName(value: string): FieldCheck {
  const name = value.trim();
  if (name === '') return fail('required');
  if (!UNIT_NAME_CHARS.test(name)) return fail('invalid_characters');
  const length = codePointLength(name);
  if (length < UNIT_NAME_MIN) return fail('too_short');
  if (length > UNIT_NAME_MAX) return fail('too_long');
  return pass();
}
