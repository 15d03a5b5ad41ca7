/**
 * Names of people and units. A person's name is written in Chinese
 * characters, with `*` for a rare character that cannot be typed and `·`
 * between the parts of a transcribed name (买买提·艾力); holders of foreign
 * or Hong Kong / Macau documents may also use Latin letters.
 *
 * Names are compared and stored NFKC-normalised (normaliseName), so look-alikes
 * with a canonical form (Kangxi radicals ⼀⼆, compatibility ideographs such
 * as 豈, full-width letters) become the characters they stand for; what has
 * none (radical supplements, other dots) is refused. "Han" here means a
 * unified ideograph, not anything of the Han script.
 */
import { fail, pass, type FieldCheck } from './field-codes.ts';
import type { IdType } from './id-number.ts';

const PERSON_NAME_MAX = 30;
const UNIT_NAME_MIN = 2;
const UNIT_NAME_MAX = 100;

const HAN = /\p{Unified_Ideograph}/u;
const HAN_OR_LATIN = /[\p{Unified_Ideograph}A-Za-z]/u;
const PERSON_NAME_CHARS = /^[\p{Unified_Ideograph}*\u00b7]+$/u;
const PERSON_NAME_CHARS_LATIN = /^[\p{Unified_Ideograph}*\u00b7A-Za-z .'-]+$/u;
const UNIT_NAME_CHARS = /^[\p{Unified_Ideograph}A-Za-z0-9 （）()\u00b7&.-]+$/u;
/** The separator dot only between two parts: not first, not last, never two in a row. */
const MISPLACED_DOT = /^\u00b7|\u00b7$|\u00b7\u00b7/u;

/** A name as it is checked and stored: NFKC (look-alikes become what they stand for), trimmed. */
export function normaliseName(value: string): string {
  return value.normalize('NFKC').trim();
}

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
 * Checks a person's name after normaliseName: `required`,
 * `invalid_characters`, `invalid_format` (no Han character, or with
 * allowLatin no letter either; a · first, last or doubled), then `too_long`
 * (over 30 code points).
 */
export function checkPersonName(value: string, options: PersonNameOptions = {}): FieldCheck {
  const name = normaliseName(value);
  if (name === '') return fail('required');
  const allowLatin = options.allowLatin === true;
  if (!(allowLatin ? PERSON_NAME_CHARS_LATIN : PERSON_NAME_CHARS).test(name)) return fail('invalid_characters');
  if (!(allowLatin ? HAN_OR_LATIN : HAN).test(name) || MISPLACED_DOT.test(name)) return fail('invalid_format');
  if (codePointLength(name) > PERSON_NAME_MAX) return fail('too_long');
  return pass();
}

/** True when holders of this document may write their name in Latin letters. */
export function nameAllowsLatin(idType: IdType): boolean {
  return idType === 'foreign_permanent_id' || idType === 'passport' || idType === 'hk_macao_permit';
}

/**
 * Checks a unit's name after normaliseName: `required`, `invalid_characters`
 * (allowed: Han, A-Z a-z 0-9, space, （ ） ( ) · & - .), then `too_short` /
 * `too_long` (2-100 code points).
 */
export function checkUnitName(value: string): FieldCheck {
  const name = normaliseName(value);
  if (name === '') return fail('required');
  if (!UNIT_NAME_CHARS.test(name)) return fail('invalid_characters');
  const length = codePointLength(name);
  if (length < UNIT_NAME_MIN) return fail('too_short');
  if (length > UNIT_NAME_MAX) return fail('too_long');
  return pass();
}
