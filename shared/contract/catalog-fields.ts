import { z } from 'zod';
import { ACCOUNT_FIELDS, DERIVATIONS, FIELD_KINDS, OPTION_SOURCES } from '../catalog/kinds.ts';
import { catalogIdSchema, localisedTextSchema } from './catalog-text.ts';

/** A value the kiosk sends for a field: a string (a multiselect: an array of option values). */
export const fieldValueSchema = z.union([z.string().max(200), z.array(z.string().max(64)).max(32)]);
export type FieldValueInput = z.infer<typeof fieldValueSchema>;

/**
 * A named rule of shared/validation/rules.ts and its parameters, e.g.
 * `{ name: 'digits', params: { length: 12 } }`. The name is checked against
 * the registry by parseCatalog, not here, so the problem says which rule.
 */
export const fieldRuleRefSchema = z.strictObject({
  name: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).default({}),
});
export type FieldRuleRef = z.infer<typeof fieldRuleRefSchema>;

/** One choice of a select or multiselect. */
export const fieldOptionSchema = z.strictObject({ value: z.string().min(1).max(64), label: localisedTextSchema });
export type FieldOption = z.infer<typeof fieldOptionSchema>;

/**
 * When a field is shown (and checked, and stored): all conditions hold.
 * `{ field, oneOf }`: another field of the same form has one of these
 * values (e.g. hasCar is 'yes'). `{ applicationTypes }`: the application is
 * of one of these types (e.g. the ladder question only for lottery types).
 */
export const fieldConditionSchema = z.union([
  z.strictObject({ field: z.string().min(1), oneOf: z.array(z.string()).min(1) }),
  z.strictObject({ applicationTypes: z.array(catalogIdSchema).min(1) }),
]);
export type FieldCondition = z.infer<typeof fieldConditionSchema>;

/**
 * One field of an application form. `name` is the key of its value in the
 * application's `values`. A field with `rule` is checked by that rule after
 * `required`; select, multiselect, yesno and area values must also be one
 * of the field's choices. `readonly-from-account` fields show `accountField`
 * and are never sent; `derive` fields are computed by the server from the
 * applicant's ID number (see DERIVATIONS).
 */
export const catalogFieldSchema = z.strictObject({
  name: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  kind: z.enum(FIELD_KINDS),
  label: localisedTextSchema,
  hint: localisedTextSchema.optional(),
  required: z.boolean(),
  rule: fieldRuleRefSchema.optional(),
  options: z.array(fieldOptionSchema).min(1).optional(),
  optionsFrom: z.enum(OPTION_SOURCES).optional(),
  accountField: z.enum(ACCOUNT_FIELDS).optional(),
  derive: z.enum(DERIVATIONS).optional(),
  /** The longest value the kiosk lets one type (its input's maxlength). */
  maxLength: z.number().int().positive().optional(),
  /** A value the form starts with (e.g. the licence's document type: 居民身份证). */
  defaultValue: z.union([z.string(), z.array(z.string())]).optional(),
  showWhen: z.array(fieldConditionSchema).default([]),
});
export type CatalogField = z.infer<typeof catalogFieldSchema>;
