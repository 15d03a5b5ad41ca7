import { describe, expect, it } from 'vitest';
import { CATALOG_NAMES, CATALOGS } from '../../../../shared/catalog/catalogs.ts';
import { parseCatalog } from '../../../../shared/catalog/parse.ts';
import { LOCALES } from '../../../../shared/locales.ts';
import { isFieldRuleName } from '../../../../shared/validation/rules.ts';
import type { Catalog } from '../../../../shared/contract/catalog-schema.ts';

const withVersion = (name: (typeof CATALOG_NAMES)[number]) => ({ ...structuredClone(CATALOGS[name]), version: `${name}-test` });

/** Every object holding a locale key, with its path. */
function texts(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own: [string, Record<string, unknown>][] = LOCALES.some((locale) => locale in record) ? [[path, record]] : [];
  return [...own, ...Object.entries(record).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key))];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(CATALOG_NAMES)('the %s catalog', (name) => {
  const parsed = parseCatalog(withVersion(name));
  const catalog = (parsed.ok ? parsed.catalog : undefined) as Catalog;

  it('parses', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('has every text in every locale, with the same placeholders, and nothing else', () => {
    const found = texts(catalog);
    expect(found.length).toBeGreaterThan(100);
    for (const [path, text] of found) {
      expect(Object.keys(text).sort(), path).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        expect(typeof text[locale], `${path}.${locale}`).toBe('string');
        expect(String(text[locale]).trim(), `${path}.${locale}`).not.toBe('');
        expect(placeholders(String(text[locale])), `${path}.${locale}`).toEqual(placeholders(String(text['zh-CN'])));
      }
    }
  });

  it('names only rules of the registry', () => {
    const rules = catalog.categories.flatMap((category) => category.fields.flatMap((field) => (field.rule ? [field.rule.name] : [])));
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) expect(isFieldRuleName(rule), rule).toBe(true);
  });

  it('offers categories for persons and for units in the incremental and renewal kinds', () => {
    for (const kind of ['incremental', 'renewal']) {
      const types = new Set(catalog.categories.filter((category) => category.indicatorKind === kind).map((category) => category.applicantType));
      expect([...types].sort(), kind).toEqual(['personal', 'unit']);
    }
  });

  it('lists the 17 licence classes of Order 162', () => {
    expect(catalog.licenceClasses.map((licence) => licence.code)).toEqual(
      ['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'D', 'E', 'F', 'M', 'N', 'P'],
    );
  });
});

describe('the two catalogs differ where the seeds do', () => {
  const hainan = withVersion('hainan');
  const hangzhou = withVersion('hangzhou');

  it('Hangzhou confirms by SMS before 完成申请, Hainan does not', () => {
    expect(hainan.wizard.steps.map((step) => step.id)).toEqual(['instructions', 'form', 'review', 'done']);
    expect(hangzhou.wizard.steps.map((step) => step.id)).toEqual(['instructions', 'form', 'review', 'sms_confirm', 'done']);
  });

  it('only Hangzhou has the ladder lottery: a step per 24 draws, at most 3', () => {
    expect(hainan.ladder).toBeNull();
    expect(hangzhou.ladder).toMatchObject({ drawsPerStep: 24, maxSteps: 3, resetOnWin: true });
  });

  it('Hainan allocates new-energy cars by queue and regular ones by lottery', () => {
    const incremental = hainan.indicatorKinds.find((kind) => kind.id === 'incremental');
    expect(incremental?.applicationTypes.map((type) => [type.label['zh-CN'], type.allocation])).toEqual([
      ['普通小客车（摇号）', 'lottery'],
      ['新能源小客车（排号）', 'queue'],
    ]);
  });
});

describe('parseCatalog', () => {
  it('refuses a catalog naming a rule the registry has not, and says where', () => {
    const catalog = withVersion('hainan');
    catalog.categories[0]!.fields[5]!.rule = { name: 'no_such_rule', params: {} };
    const result = parseCatalog(catalog);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'categories.0.fields.5', message: 'unknown rule no_such_rule' }]);
  });

  it('refuses a rule parameter of the wrong kind', () => {
    const catalog = withVersion('hainan');
    const field = catalog.categories[0]!.fields.find((candidate) => candidate.name === 'licenceClasses')!;
    field.rule = { name: 'licence_classes', params: { anyOf: 'C1' } };
    expect(parseCatalog(catalog)).toMatchObject({ ok: false, problems: [{ message: 'parameter anyOf of rule licence_classes must be strings' }] });
  });

  it('refuses a text missing a locale', () => {
    const catalog = withVersion('hangzhou') as unknown as { systemName: Record<string, string> };
    delete catalog.systemName.en;
    expect(parseCatalog(catalog)).toMatchObject({ ok: false, problems: [{ path: 'systemName.en' }] });
  });

  it('refuses a showWhen that names no field, and periods out of order', () => {
    const catalog = withVersion('hainan');
    catalog.categories[1]!.fields.find((field) => field.name === 'carPlate')!.showWhen = [{ field: 'hasBoat', oneOf: ['yes'] }];
    [catalog.periods[0], catalog.periods[1]] = [catalog.periods[1]!, catalog.periods[0]!];
    const result = parseCatalog(catalog);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([
      'showWhen names no other field of the form: hasBoat',
      'periods must follow each other without overlapping',
    ]);
  });

  it('refuses what is not a catalog at all', () => {
    expect(parseCatalog('{}').ok).toBe(false);
    expect(parseCatalog(null).ok).toBe(false);
  });
});
