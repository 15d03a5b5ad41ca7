/**
 * The named field rules a catalog refers to (a field says `rule: { name,
 * params }`). The kiosk and the central API run the same registry, so a
 * catalog's form is checked alike on both sides; a catalog naming a rule
 * that is not here cannot be read (shared/catalog/parse.ts).
 */
import { checkEmail, checkLandline, checkPostcode } from './contact.ts';
import { checkDate } from './dates.ts';
import { fail, pass, type FieldCheck } from './field-codes.ts';
import { checkIdNumber, ID_TYPES, normaliseIdNumber, type IdType } from './id-number.ts';
import { checkLicenceFileNumber, checkLicenceNumber } from './licence.ts';
import { checkPersonName, checkUnitName, normaliseName } from './name.ts';
import { checkMobile } from './phone.ts';
import { checkPlate, normalisePlate } from './plate.ts';
import { checkUscc, normaliseCreditCode } from './uscc.ts';
import { checkVin, normaliseVin } from './vin.ts';

/** A form value: one string, or several for a multiselect. */
export type FieldValue = string | string[];

/** A rule's parameters, as the catalog gives them. */
export type RuleParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** The kinds a rule parameter may have. */
export type RuleParamKind = 'string' | 'number' | 'boolean' | 'strings';

/** What a rule may look at besides its own value. */
export interface RuleContext {
  /** Every value of the form by field name, normalised (for rules that compare fields). */
  values: Readonly<Record<string, FieldValue | undefined>>;
  /** The applicant's own document, from the account; the number is null where only a masked one is known (the kiosk). */
  holder: { idType: IdType; idNumber: string | null };
  /** Today in the catalog's time zone, YYYY-MM-DD. */
  today: string;
}

/** One named rule: its parameters, an optional normalisation applied before checking and storing, and the check. */
export interface FieldRule {
  params: Readonly<Record<string, RuleParamKind>>;
  normalise?: (value: string) => string;
  check: (value: FieldValue, params: RuleParams, context: RuleContext) => FieldCheck;
}

const text = (value: FieldValue): string => (typeof value === 'string' ? value : '');
const stringParam = (params: RuleParams, key: string): string | undefined =>
  typeof params[key] === 'string' ? (params[key] as string) : undefined;
const numberParam = (params: RuleParams, key: string): number | undefined =>
  typeof params[key] === 'number' ? (params[key] as number) : undefined;
const stringsParam = (params: RuleParams, key: string): readonly string[] =>
  Array.isArray(params[key]) ? (params[key] as readonly string[]) : [];

function isIdType(value: unknown): value is IdType {
  return typeof value === 'string' && (ID_TYPES as readonly string[]).includes(value);
}

/** The document type a rule reads: a fixed `idType`, another field's value (`idTypeField`), or the holder's. */
function idTypeOf(params: RuleParams, context: RuleContext): IdType {
  const field = stringParam(params, 'idTypeField');
  const fromField = field === undefined ? undefined : context.values[field];
  if (isIdType(fromField)) return fromField;
  const fixed = stringParam(params, 'idType');
  return isIdType(fixed) ? fixed : context.holder.idType;
}

/** Free text: `invalid_characters` for control characters, `too_long` over maxLength (default 100) code points. */
function checkText(value: FieldValue, params: RuleParams): FieldCheck {
  const typed = text(value);
  if (typed === '') return fail('required');
  if (/\p{Cc}/u.test(typed)) return fail('invalid_characters');
  return [...typed].length > (numberParam(params, 'maxLength') ?? 100) ? fail('too_long') : pass();
}

/** Digits: `invalid_characters` otherwise, `invalid_format` unless exactly `length`, `out_of_range` outside min-max as a number. */
function checkDigits(value: FieldValue, params: RuleParams): FieldCheck {
  const typed = text(value);
  if (typed === '') return fail('required');
  if (!/^\d+$/.test(typed)) return fail('invalid_characters');
  const length = numberParam(params, 'length');
  if (length !== undefined && typed.length !== length) return fail('invalid_format');
  const number = Number(typed);
  const min = numberParam(params, 'min');
  const max = numberParam(params, 'max');
  if ((min !== undefined && number < min) || (max !== undefined && number > max)) return fail('out_of_range');
  return pass();
}

/** Licence classes: at least one, and one of `anyOf` when given (the classes that allow driving a passenger car). */
function checkLicenceClasses(value: FieldValue, params: RuleParams): FieldCheck {
  const classes = typeof value === 'string' ? [value] : value;
  if (classes.length === 0) return fail('required');
  const anyOf = stringsParam(params, 'anyOf');
  return anyOf.length === 0 || classes.some((code) => anyOf.includes(code)) ? pass() : fail('licence_class_not_allowed');
}

/** The registry: rule name -> rule. */
export const FIELD_RULES = {
  person_name: {
    params: { allowLatin: 'boolean' },
    normalise: normaliseName,
    check: (value, params) => checkPersonName(text(value), { allowLatin: params.allowLatin === true }),
  },
  unit_name: { params: {}, normalise: normaliseName, check: (value) => checkUnitName(text(value)) },
  id_number: {
    params: { idType: 'string', idTypeField: 'string' },
    normalise: normaliseIdNumber,
    check: (value, params, context) => checkIdNumber(idTypeOf(params, context), text(value)),
  },
  credit_code: { params: {}, normalise: normaliseCreditCode, check: (value) => checkUscc(text(value)) },
  mobile: { params: {}, check: (value) => checkMobile(text(value)) },
  landline: { params: {}, check: (value) => checkLandline(text(value)) },
  email: { params: {}, normalise: (value) => value.trim(), check: (value) => checkEmail(text(value)) },
  postcode: { params: {}, check: (value) => checkPostcode(text(value)) },
  licence_file_number: { params: {}, check: (value) => checkLicenceFileNumber(text(value)) },
  licence_number: {
    params: { idTypeField: 'string' },
    normalise: normaliseIdNumber,
    check: (value, params, context) => checkLicenceNumber(text(value), idTypeOf(params, context), context.holder),
  },
  licence_classes: { params: { anyOf: 'strings' }, check: checkLicenceClasses },
  vin: { params: {}, normalise: normaliseVin, check: (value) => checkVin(text(value)) },
  plate_number: {
    params: { prefixes: 'strings' },
    normalise: normalisePlate,
    check: (value, params) => checkPlate(text(value), stringsParam(params, 'prefixes')),
  },
  date: {
    params: { notAfterToday: 'boolean', withinMonths: 'number', notBeforeField: 'string' },
    check: (value, params, context) => {
      const field = stringParam(params, 'notBeforeField');
      const notBefore = field === undefined ? undefined : context.values[field];
      return checkDate(text(value), {
        today: context.today,
        notAfterToday: params.notAfterToday === true,
        withinMonths: numberParam(params, 'withinMonths'),
        notBefore: typeof notBefore === 'string' ? notBefore : undefined,
      });
    },
  },
  text: { params: { maxLength: 'number' }, normalise: (value) => value.normalize('NFKC').trim(), check: checkText },
  digits: { params: { length: 'number', min: 'number', max: 'number' }, normalise: (value) => value.trim(), check: checkDigits },
} as const satisfies Record<string, FieldRule>;

/** A rule's name. */
export type FieldRuleName = keyof typeof FIELD_RULES;

/** Every rule name, for the catalog's schema and documentation. */
export const FIELD_RULE_NAMES = Object.keys(FIELD_RULES) as FieldRuleName[];

/** True when `name` is a rule of the registry. */
export function isFieldRuleName(name: string): name is FieldRuleName {
  return Object.hasOwn(FIELD_RULES, name);
}

/** The rule named `name`. */
export function fieldRule(name: FieldRuleName): FieldRule {
  return FIELD_RULES[name];
}
