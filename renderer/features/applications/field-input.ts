/**
 * How an entered text field is typed on the touch keyboard: the keyboard
 * its rule needs (pinyin for names, the ID pad for a resident ID number,
 * capitals without I O Q for a VIN...), how long it may get, and a plate
 * number's fixed province prefix.
 */
import type { CatalogField } from '../../../shared/contract/catalog-fields.ts';
import { ID_TYPES, idNumberKeyboard, idNumberMaxLength, type IdType } from '../../../shared/validation/id-number.ts';
import { PLATE_PROVINCES } from '../../../shared/validation/plate.ts';
import type { FieldValue } from '../../../shared/validation/rules.ts';
import type { KeyboardKind } from '../../keyboard/kinds.ts';

const isIdType = (value: unknown): value is IdType => typeof value === 'string' && (ID_TYPES as readonly string[]).includes(value);

/** The document type a number field is of: its rule's own, the type chosen in another field, or the applicant's. */
function documentType(field: CatalogField, values: Readonly<Record<string, FieldValue>>, holder: IdType): IdType {
  const params = field.rule?.params ?? {};
  const fromField = typeof params.idTypeField === 'string' ? values[params.idTypeField] : undefined;
  if (isIdType(fromField)) return fromField;
  return isIdType(params.idType) ? params.idType : holder;
}

const RULE_KEYBOARDS: Partial<Record<string, KeyboardKind>> = {
  person_name: 'name',
  credit_code: 'alnum',
  mobile: 'digits',
  postcode: 'digits',
  digits: 'digits',
  licence_file_number: 'digits',
  landline: 'landline',
  email: 'email',
  vin: 'vin',
  plate_number: 'plate',
};

/** The keyboard a text or digits field is typed on. */
export function keyboardFor(field: CatalogField, values: Readonly<Record<string, FieldValue>>, holder: IdType): KeyboardKind {
  if (field.kind === 'digits') return 'digits';
  const rule = field.rule?.name;
  if (rule === 'id_number' || rule === 'licence_number') return idNumberKeyboard(documentType(field, values, holder));
  return (rule === undefined ? undefined : RULE_KEYBOARDS[rule]) ?? 'text';
}

/** The input's maxlength: a document number's own length, else the field's. */
export function maxLengthFor(field: CatalogField, values: Readonly<Record<string, FieldValue>>, holder: IdType): number | undefined {
  const rule = field.rule?.name;
  if (rule === 'id_number' || rule === 'licence_number') return idNumberMaxLength(documentType(field, values, holder));
  return field.maxLength;
}

/** True for a name field that takes Latin letters too (its rule says so). */
export function allowsLatin(field: CatalogField): boolean {
  return field.rule?.name === 'person_name' && field.rule.params.allowLatin === true;
}

/** A plate field's prefixes: its rule's (琼, 浙A), or every province's character when the rule allows any. */
export function platePrefixes(field: CatalogField): string[] {
  const prefixes = field.rule?.params.prefixes;
  return Array.isArray(prefixes) && prefixes.length > 0 ? [...prefixes] : [...PLATE_PROVINCES];
}

/** A plate value split into the prefix it starts with (the longest that fits) and the rest the citizen types. */
export function splitPlate(value: string, prefixes: readonly string[]): { prefix: string | null; serial: string } {
  const prefix = [...prefixes].sort((a, b) => b.length - a.length).find((candidate) => value.startsWith(candidate)) ?? null;
  return { prefix, serial: prefix ? value.slice(prefix.length) : value };
}
