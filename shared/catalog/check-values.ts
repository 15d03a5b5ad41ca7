/**
 * Checking an application form against its catalog category: which fields
 * show (showWhen), which values are allowed (choices and named rules),
 * which are computed (readonly-from-account, derived from the ID number).
 * The kiosk runs it as the citizen fills in; the central API runs it again
 * on what arrives and stores the values it returns.
 */
import type { ApplicantCategory, Catalog } from '../contract/catalog-schema.ts';
import type { CatalogField, FieldCondition } from '../contract/catalog-fields.ts';
import type { FieldErrorCode } from '../validation/field-codes.ts';
import { parseGb11643 } from '../validation/gb11643.ts';
import type { IdType } from '../validation/id-number.ts';
import { fieldRule, isFieldRuleName, type FieldValue, type RuleContext } from '../validation/rules.ts';
import { YES_NO, type AccountField, type Derivation } from './kinds.ts';

/** Who applies: the account's data (identifiers as the caller knows them) and, where known, the full ID number. */
export interface Applicant {
  account: Readonly<Record<AccountField, string | null>>;
  idType: IdType;
  /** The full document number: the server has it; the kiosk passes null and leaves the checks that need it to the server. */
  idNumber: string | null;
}

/** The form's errors by field name, and the values to store (visible fields only, normalised, computed ones filled in). */
export type FormCheck = { errors: Record<string, FieldErrorCode>; values: Record<string, FieldValue> };

const DERIVABLE: readonly IdType[] = ['resident_id', 'residence_permit'];

const isEmpty = (value: FieldValue | undefined) => value === undefined || value.length === 0;

/** The values a choice field allows, or null for a field without choices. */
export function fieldChoices(catalog: Catalog, field: CatalogField): readonly string[] | null {
  if (field.kind === 'yesno') return YES_NO;
  if (field.kind === 'area') return catalog.residenceAreas.flatMap((area) => area.districts.map((district) => district.code));
  if (field.optionsFrom === 'licenceClasses') return catalog.licenceClasses.map((licence) => licence.code);
  return field.options ? field.options.map((option) => option.value) : null;
}

function normalised(field: CatalogField, value: FieldValue): FieldValue {
  const normalise = field.rule && isFieldRuleName(field.rule.name) ? fieldRule(field.rule.name).normalise : undefined;
  if (typeof value !== 'string') return value;
  return normalise ? normalise(value) : value.trim();
}

function holds(condition: FieldCondition, applicationType: string, values: Readonly<Record<string, FieldValue>>): boolean {
  if ('applicationTypes' in condition) return condition.applicationTypes.includes(applicationType);
  const value = values[condition.field];
  return typeof value === 'string' && condition.oneOf.includes(value);
}

/** The fields of `category` shown for `applicationType` with these values, in order. */
export function visibleFields(category: ApplicantCategory, applicationType: string, values: Readonly<Record<string, FieldValue>>): CatalogField[] {
  return category.fields.filter((field) => field.showWhen.every((condition) => holds(condition, applicationType, values)));
}

/** What `derivation` gives for this applicant: null when the document is not a GB 11643 number or its number is not known. */
export function derivedValue(derivation: Derivation, applicant: Applicant, today: string): string | null {
  if (!DERIVABLE.includes(applicant.idType) || applicant.idNumber === null) return null;
  const details = parseGb11643(applicant.idNumber, new Date(`${today}T12:00:00Z`));
  if (!details) return null;
  return derivation === 'sex_from_id_number' ? details.sex : details.birthDate;
}

/** The first reason `value` does not fit `field`, or null. */
function valueError(catalog: Catalog, field: CatalogField, value: FieldValue, context: RuleContext): FieldErrorCode | null {
  if ((field.kind === 'multiselect') !== Array.isArray(value)) return 'invalid_format';
  const choices = fieldChoices(catalog, field);
  const chosen = typeof value === 'string' ? [value] : value;
  if (choices && chosen.some((choice) => !choices.includes(choice))) return 'not_an_option';
  if (field.kind === 'multiselect' && new Set(chosen).size !== chosen.length) return 'invalid_format';
  if (!field.rule || !isFieldRuleName(field.rule.name)) return null;
  const check = fieldRule(field.rule.name).check(value, field.rule.params, context);
  return check.ok ? null : check.code;
}

/**
 * Checks the `sent` values of a form of `category` for `applicationType`:
 * `unknown_field` for a name the form has not, `not_editable` for a
 * readonly-from-account field sent, `disagrees_with_id_number` for a
 * derived value that differs from the server's, `required`, `invalid_format`
 * (an array for a single value or the reverse), `not_an_option`, then the
 * field's named rule. Values of hidden fields are dropped; a derived field
 * the kiosk cannot compute and did not send is left to the server.
 */
export function checkApplicationValues(
  catalog: Catalog,
  category: ApplicantCategory,
  applicationType: string,
  sent: Readonly<Record<string, FieldValue>>,
  applicant: Applicant,
  today: string,
): FormCheck {
  const errors: Record<string, FieldErrorCode> = {};
  const byName = new Map(category.fields.map((field) => [field.name, field]));
  for (const name of Object.keys(sent)) if (!byName.has(name)) errors[name] = 'unknown_field';
  const typed: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(sent)) {
    const field = byName.get(name);
    if (field) typed[name] = normalised(field, value);
  }
  const context: RuleContext = { values: typed, holder: { idType: applicant.idType, idNumber: applicant.idNumber }, today };
  const values: Record<string, FieldValue> = {};
  for (const field of visibleFields(category, applicationType, typed)) {
    const value = typed[field.name];
    if (field.kind === 'readonly-from-account') {
      if (value !== undefined) errors[field.name] = 'not_editable';
      else values[field.name] = applicant.account[field.accountField!] ?? '';
      continue;
    }
    const derived = field.derive ? derivedValue(field.derive, applicant, today) : null;
    if (derived !== null) {
      if (value !== undefined && value !== derived) errors[field.name] = 'disagrees_with_id_number';
      else values[field.name] = derived;
      continue;
    }
    if (field.derive && DERIVABLE.includes(applicant.idType) && applicant.idNumber === null && value === undefined) continue;
    if (isEmpty(value)) {
      if (field.required) errors[field.name] = 'required';
      continue;
    }
    const error = valueError(catalog, field, value!, context);
    if (error) errors[field.name] = error;
    else values[field.name] = value!;
  }
  return { errors, values };
}
