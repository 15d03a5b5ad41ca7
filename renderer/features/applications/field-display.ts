/**
 * A form value as a citizen reads it back (信息确认, 查看): an option's
 * label, a district with its city, 是/否, a date written out. Catalog
 * texts come localised from the catalog; the kiosk's own words (是, 否,
 * document types) from the locale files through `words`.
 */
import type { CatalogField } from '../../../shared/contract/catalog-fields.ts';
import type { LocalisedText } from '../../../shared/contract/catalog-text.ts';
import type { Catalog } from '../../../shared/contract/catalog-schema.ts';
import type { FieldValue } from '../../../shared/validation/rules.ts';

export interface DisplayWords {
  text: (value: LocalisedText) => string;
  day: (value: string) => string;
  yes: string;
  no: string;
  /** A document type's name. */
  idType: (value: string) => string;
}

/** The district `code` as 城市 区县, or null when the catalog has none such. */
export function areaName(catalog: Catalog, code: string, text: (value: LocalisedText) => string): string | null {
  for (const area of catalog.residenceAreas) {
    const district = area.districts.find((candidate) => candidate.code === code);
    if (district) return area.districts.length === 1 && district.code === area.code ? text(area.name) : `${text(area.name)} ${text(district.name)}`;
  }
  return null;
}

function optionLabel(catalog: Catalog, field: CatalogField, value: string, text: (value: LocalisedText) => string): string {
  const options = field.optionsFrom === 'licenceClasses' ? catalog.licenceClasses.map((licence) => ({ value: licence.code, label: licence.label })) : (field.options ?? []);
  const option = options.find((candidate) => candidate.value === value);
  return option ? text(option.label) : value;
}

/** `value` of `field` in words; '' for nothing. */
export function displayValue(catalog: Catalog, field: CatalogField, value: FieldValue | undefined, words: DisplayWords): string {
  if (value === undefined || value.length === 0) return '';
  if (Array.isArray(value)) return value.map((item) => optionLabel(catalog, field, item, words.text)).join('、');
  switch (field.kind) {
    case 'yesno':
      return value === 'yes' ? words.yes : value === 'no' ? words.no : value;
    case 'area':
      return areaName(catalog, value, words.text) ?? value;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? words.day(value) : value;
    case 'select':
    case 'multiselect':
      return optionLabel(catalog, field, value, words.text);
    case 'readonly-from-account':
      return field.accountField === 'idType' ? words.idType(value) : value;
    default:
      return value;
  }
}
