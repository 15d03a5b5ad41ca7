/**
 * The application wizard as pure logic, driven by the catalog: which steps
 * there are and their order, which categories an account may choose, which
 * fields show and how (from the account, derived from the ID number, or
 * entered), what is sent, what the form check says (the same
 * checkApplicationValues the central API runs), and where the server's
 * refusals belong. The views only show what this says.
 */
import { checkApplicationValues, visibleFields, type Applicant } from '../../../shared/catalog/check-values.ts';
import type { AccountField, WizardStepId } from '../../../shared/catalog/kinds.ts';
import type { ApplicationPrefill, ApplicationRequest } from '../../../shared/contract/applications.ts';
import type { CatalogField } from '../../../shared/contract/catalog-fields.ts';
import type { ApplicantCategory, ApplicationType, Catalog, IndicatorKind } from '../../../shared/contract/catalog-schema.ts';
import type { FieldErrorCode } from '../../../shared/validation/field-codes.ts';
import type { UserType } from '../../../shared/validation/kinds.ts';
import type { FieldValue } from '../../../shared/validation/rules.ts';

/** What the citizen chose on the kind page before 填报申请. */
export interface WizardChoice {
  indicatorKind: string;
  applicationType: string;
  category: string;
}

/** The form's values by field name. */
export type FormValues = Record<string, FieldValue>;

/** The catalog's steps, in order. */
export function wizardSteps(catalog: Catalog): WizardStepId[] {
  return catalog.wizard.steps.map((step) => step.id);
}

/** The step after `step`, or null at the end. */
export function stepAfter(steps: readonly WizardStepId[], step: WizardStepId): WizardStepId | null {
  return steps[steps.indexOf(step) + 1] ?? null;
}

/** The step before `step`, or null at the start. */
export function stepBefore(steps: readonly WizardStepId[], step: WizardStepId): WizardStepId | null {
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1]! : null;
}

export function indicatorKindOf(catalog: Catalog, id: string): IndicatorKind | undefined {
  return catalog.indicatorKinds.find((kind) => kind.id === id);
}

export function applicationTypeOf(catalog: Catalog, id: string): ApplicationType | undefined {
  return catalog.indicatorKinds.flatMap((kind) => kind.applicationTypes).find((type) => type.id === id);
}

export function categoryOf(catalog: Catalog, id: string): ApplicantCategory | undefined {
  return catalog.categories.find((category) => category.id === id);
}

/** The categories an account of `applicantType` may apply under for `kind` and `applicationType` (all of the kind's when the type is not chosen yet). */
export function categoriesFor(catalog: Catalog, kind: string, applicantType: UserType, applicationType: string | null): ApplicantCategory[] {
  return catalog.categories.filter(
    (category) =>
      category.indicatorKind === kind &&
      category.applicantType === applicantType &&
      (applicationType === null || category.applicationTypes.includes(applicationType)),
  );
}

/** True when the choice names a kind, a type of that kind and a category of both for this account. */
export function isCompleteChoice(catalog: Catalog, choice: WizardChoice, applicantType: UserType): boolean {
  const kind = indicatorKindOf(catalog, choice.indicatorKind);
  if (!kind?.applicationTypes.some((type) => type.id === choice.applicationType)) return false;
  return categoriesFor(catalog, choice.indicatorKind, applicantType, choice.applicationType).some((category) => category.id === choice.category);
}

/** The values a form starts with: each field's defaultValue. */
export function initialValues(category: ApplicantCategory): FormValues {
  const values: FormValues = {};
  for (const field of category.fields) {
    if (field.defaultValue !== undefined) values[field.name] = Array.isArray(field.defaultValue) ? [...field.defaultValue] : field.defaultValue;
  }
  return values;
}

/** How a field shows: from the account, derived from the ID number (both locked), or entered. */
export type FieldMode = 'account' | 'derived' | 'input';

export interface FieldView {
  field: CatalogField;
  mode: FieldMode;
  /** What a locked field shows (the account's value, or the derived one); null for an entered field. */
  locked: string | null;
}

const DERIVED_KEY = { sex_from_id_number: 'sex', birth_date_from_id_number: 'birthDate' } as const;

/** The value a field shows without being entered: the account's, or the one derived from the ID number; null when it is entered. */
function lockedValue(field: CatalogField, prefill: ApplicationPrefill): string | null {
  if (field.kind === 'readonly-from-account') return prefill.account[field.accountField as AccountField] ?? '';
  if (field.derive) return prefill.derived[DERIVED_KEY[field.derive]];
  return null;
}

/** The fields that show for these values, in order, each with how it shows. */
export function fieldViews(category: ApplicantCategory, applicationType: string, values: Readonly<FormValues>, prefill: ApplicationPrefill): FieldView[] {
  return visibleFields(category, applicationType, values).map((field) => {
    const locked = lockedValue(field, prefill);
    const mode: FieldMode = field.kind === 'readonly-from-account' ? 'account' : locked !== null ? 'derived' : 'input';
    return { field, mode, locked };
  });
}

const isEmpty = (value: FieldValue | undefined) => value === undefined || value.length === 0 || (typeof value === 'string' && value.trim() === '');

/** What is sent: the entered fields that show and hold something (locked ones are the server's to fill in). */
export function sentValues(category: ApplicantCategory, applicationType: string, values: Readonly<FormValues>, prefill: ApplicationPrefill): FormValues {
  const sent: FormValues = {};
  for (const view of fieldViews(category, applicationType, values, prefill)) {
    const value = values[view.field.name];
    if (view.mode === 'input' && !isEmpty(value)) sent[view.field.name] = value!;
  }
  return sent;
}

/** The applicant as the kiosk knows them: the account's data (identifiers masked) and no full ID number (the server checks what needs it). */
function applicantOf(prefill: ApplicationPrefill): Applicant {
  return { account: prefill.account, idType: prefill.account.idType, idNumber: null };
}

/** The form's errors by field name, from the rules the central API runs too. */
export function checkForm(
  catalog: Catalog,
  category: ApplicantCategory,
  applicationType: string,
  values: Readonly<FormValues>,
  prefill: ApplicationPrefill,
  today: string,
): Record<string, FieldErrorCode> {
  return checkApplicationValues(catalog, category, applicationType, sentValues(category, applicationType, values, prefill), applicantOf(prefill), today).errors;
}

/** One field's error, or null; an empty field is not scolded until the whole form is checked. */
export function checkField(
  catalog: Catalog,
  category: ApplicantCategory,
  applicationType: string,
  values: Readonly<FormValues>,
  prefill: ApplicationPrefill,
  today: string,
  name: string,
): FieldErrorCode | null {
  if (isEmpty(values[name])) return null;
  return checkForm(catalog, category, applicationType, values, prefill, today)[name] ?? null;
}

/** The commitments the category asks for, in the catalog's words. */
export function commitmentsOf(catalog: Catalog, category: ApplicantCategory) {
  return category.commitments.map((id) => catalog.commitments.find((commitment) => commitment.id === id)!).filter(Boolean);
}

/** True when every commitment of the category is ticked. */
export function allCommitted(category: ApplicantCategory, ticked: readonly string[]): boolean {
  return category.commitments.every((id) => ticked.includes(id));
}

/** The application as the central API takes it. */
export function applicationRequest(
  catalog: Catalog,
  choice: WizardChoice,
  values: Readonly<FormValues>,
  prefill: ApplicationPrefill,
  commitments: readonly string[],
  smsCode: string | null,
): ApplicationRequest {
  const category = categoryOf(catalog, choice.category)!;
  return {
    catalogVersion: catalog.version,
    indicatorKind: choice.indicatorKind,
    applicationType: choice.applicationType,
    category: choice.category,
    values: sentValues(category, choice.applicationType, values, prefill),
    commitments: category.commitments.filter((id) => commitments.includes(id)),
    ...(smsCode !== null ? { smsCode } : {}),
  };
}

/** A refusal's field codes sorted to where they are shown: the form's fields, the commitments, the SMS code; anything else is the form's as a whole. */
export interface PlacedErrors {
  form: Record<string, string>;
  commitments: string | null;
  smsCode: string | null;
  /** The step to go back to: the first that holds an error. */
  step: WizardStepId | null;
}

export function placeErrors(category: ApplicantCategory, fields: Readonly<Record<string, string>>): PlacedErrors {
  const names = new Set(category.fields.map((field) => field.name));
  const form = Object.fromEntries(Object.entries(fields).filter(([name]) => names.has(name)));
  const commitments = fields.commitments ?? null;
  const smsCode = fields.smsCode ?? null;
  const step: WizardStepId | null = Object.keys(form).length > 0 ? 'form' : commitments ? 'review' : smsCode ? 'sms_confirm' : null;
  return { form, commitments, smsCode, step };
}

/** Where the draft stands, for which steps may be shown. */
export interface DraftProgress {
  acknowledged: boolean;
  formChecked: boolean;
  committed: boolean;
  submitted: boolean;
}

/** True when `step` may show: each step needs the ones before it done; once submitted, only 完成申请. */
export function stepAllowed(step: WizardStepId, progress: DraftProgress): boolean {
  if (progress.submitted) return step === 'done';
  switch (step) {
    case 'instructions':
      return true;
    case 'form':
      return progress.acknowledged;
    case 'review':
      return progress.acknowledged && progress.formChecked;
    case 'sms_confirm':
      return progress.acknowledged && progress.formChecked && progress.committed;
    case 'done':
      return false;
  }
}

/** `step` when it may show, else the last step before it that may. */
export function allowedStep(steps: readonly WizardStepId[], step: WizardStepId, progress: DraftProgress): WizardStepId {
  if (progress.submitted) return 'done';
  const upTo = steps.slice(0, Math.max(0, steps.indexOf(step)) + 1);
  return [...upTo].reverse().find((candidate) => stepAllowed(candidate, progress)) ?? steps[0]!;
}
