/**
 * Reading a catalog as the kiosk receives it: the schema first, then what
 * a schema cannot say (ids that refer to each other, rules that exist, dates
 * in order). A catalog with any problem is refused whole: the kiosk keeps
 * the one it had.
 */
import type { z } from 'zod';
import { catalogSchema, type ApplicantCategory, type Catalog } from '../contract/catalog-schema.ts';
import type { CatalogField } from '../contract/catalog-fields.ts';
import { LOCALES } from '../locales.ts';
import { FIELD_RULES, isFieldRuleName, type RuleParamKind } from '../validation/rules.ts';

/** One reason a catalog cannot be read: where (a dotted path) and what. */
export type CatalogProblem = { path: string; message: string };

export type CatalogParse = { ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] };

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function kindOfParam(value: unknown): RuleParamKind | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return Array.isArray(value) ? 'strings' : null;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join(',');

/** Problems of one field, given its category's field names and application types. */
function fieldProblems(field: CatalogField, path: string, names: readonly string[], types: readonly string[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const problem = (message: string) => problems.push({ path, message });
  if (field.rule) {
    if (!isFieldRuleName(field.rule.name)) problem(`unknown rule ${field.rule.name}`);
    else {
      const known = FIELD_RULES[field.rule.name].params as Record<string, RuleParamKind>;
      for (const [key, value] of Object.entries(field.rule.params)) {
        if (!(key in known)) problem(`rule ${field.rule.name} has no parameter ${key}`);
        else if (kindOfParam(value) !== known[key]) problem(`parameter ${key} of rule ${field.rule.name} must be ${known[key]}`);
      }
    }
  }
  const choice = field.kind === 'select' || field.kind === 'multiselect';
  if (choice && !field.options === !field.optionsFrom) problem(`a ${field.kind} needs options or optionsFrom, not both`);
  if (!choice && (field.options || field.optionsFrom)) problem(`a ${field.kind} field has no options`);
  if ((field.kind === 'readonly-from-account') !== (field.accountField !== undefined)) {
    problem('accountField goes with kind readonly-from-account, and only there');
  }
  if (field.derive === 'sex_from_id_number' && field.kind !== 'select') problem('sex_from_id_number needs a select');
  if (field.derive === 'birth_date_from_id_number' && field.kind !== 'date') problem('birth_date_from_id_number needs a date');
  for (const condition of field.showWhen) {
    if ('field' in condition && (!names.includes(condition.field) || condition.field === field.name)) {
      problem(`showWhen names no other field of the form: ${condition.field}`);
    }
    if ('applicationTypes' in condition) {
      for (const type of condition.applicationTypes) if (!types.includes(type)) problem(`showWhen names an application type the category has not: ${type}`);
    }
  }
  return problems;
}

function categoryProblems(catalog: Catalog, category: ApplicantCategory, path: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const kind = catalog.indicatorKinds.find((candidate) => candidate.id === category.indicatorKind);
  if (!kind) problems.push({ path: `${path}.indicatorKind`, message: `no indicator kind ${category.indicatorKind}` });
  for (const type of category.applicationTypes) {
    if (!kind?.applicationTypes.some((candidate) => candidate.id === type)) {
      problems.push({ path: `${path}.applicationTypes`, message: `${type} is not an application type of ${category.indicatorKind}` });
    }
  }
  for (const id of category.commitments) {
    if (!catalog.commitments.some((commitment) => commitment.id === id)) problems.push({ path: `${path}.commitments`, message: `no commitment ${id}` });
  }
  const names = category.fields.map((field) => field.name);
  for (const name of duplicates(names)) problems.push({ path: `${path}.fields`, message: `field ${name} appears twice` });
  category.fields.forEach((field, index) => problems.push(...fieldProblems(field, `${path}.fields.${index}`, names, category.applicationTypes)));
  return problems;
}

function periodProblems(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const allocated = catalog.indicatorKinds.flatMap((kind) => kind.applicationTypes).filter((type) => type.allocation !== 'direct');
  catalog.periods.forEach((period, index) => {
    const path = `periods.${index}`;
    const dates = [period.opensOn, period.closesOn, period.reviewResultOn, period.poolFreezesOn, period.drawOn, period.resultOn];
    if (dates.some((date, i) => i > 0 && date < dates[i - 1]!)) problems.push({ path, message: 'dates out of order' });
    const previous = catalog.periods[index - 1];
    if (previous && (previous.id >= period.id || previous.closesOn >= period.opensOn)) {
      problems.push({ path, message: 'periods must follow each other without overlapping' });
    }
    for (const type of allocated) if (!(type.id in period.quotas)) problems.push({ path: `${path}.quotas`, message: `no quota for ${type.id}` });
    for (const id of Object.keys(period.quotas)) {
      if (!allocated.some((type) => type.id === id)) problems.push({ path: `${path}.quotas`, message: `${id} is no lottery or queue type` });
    }
  });
  return problems;
}

function ladderProblems(catalog: Catalog): CatalogProblem[] {
  const { ladder } = catalog;
  if (!ladder) return [];
  const problems: CatalogProblem[] = [];
  const lottery = catalog.indicatorKinds.flatMap((kind) => kind.applicationTypes).filter((type) => type.allocation === 'lottery');
  for (const type of ladder.applicationTypes) {
    if (!lottery.some((candidate) => candidate.id === type)) problems.push({ path: 'ladder.applicationTypes', message: `${type} is no lottery type` });
  }
  const optIn = catalog.categories.flatMap((category) => category.fields).filter((field) => field.name === ladder.optInField);
  if (optIn.length === 0 || optIn.some((field) => field.kind !== 'yesno')) {
    problems.push({ path: 'ladder.optInField', message: `${ladder.optInField} must be a yesno field of a form` });
  }
  for (const locale of LOCALES) {
    if (placeholders(ladder.countText[locale]) !== 'count,date') problems.push({ path: `ladder.countText.${locale}`, message: 'needs {date} and {count}' });
  }
  return problems;
}

/** Problems a schema cannot see, in a catalog that passed it. */
function semanticProblems(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const unique = (path: string, ids: readonly string[]) => {
    for (const id of duplicates(ids)) problems.push({ path, message: `${id} appears twice` });
  };
  unique('indicatorKinds', catalog.indicatorKinds.map((kind) => kind.id));
  unique('indicatorKinds.applicationTypes', catalog.indicatorKinds.flatMap((kind) => kind.applicationTypes.map((type) => type.id)));
  unique('categories', catalog.categories.map((category) => category.id));
  unique('commitments', catalog.commitments.map((commitment) => commitment.id));
  unique('notices', catalog.notices.map((notice) => notice.id));
  unique('licenceClasses', catalog.licenceClasses.map((licence) => licence.code));
  unique('residenceAreas', catalog.residenceAreas.flatMap((area) => area.districts.map((district) => district.code)));
  unique('wizard.steps', catalog.wizard.steps.map((step) => step.id));
  const steps = catalog.wizard.steps.map((step) => step.id);
  if (!steps.includes('form') || steps.at(-1) !== 'done') problems.push({ path: 'wizard.steps', message: 'needs a form step and ends with done' });
  catalog.categories.forEach((category, index) => problems.push(...categoryProblems(catalog, category, `categories.${index}`)));
  problems.push(...periodProblems(catalog), ...ladderProblems(catalog));
  return problems;
}

function zodProblems(error: z.ZodError): CatalogProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** The catalog in `json` (parsed JSON), or every problem that keeps it from being read. */
export function parseCatalog(json: unknown): CatalogParse {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = semanticProblems(parsed.data);
  return problems.length === 0 ? { ok: true, catalog: parsed.data } : { ok: false, problems };
}
