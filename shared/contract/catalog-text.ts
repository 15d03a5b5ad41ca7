import { z } from 'zod';

/**
 * A catalog text in every language the kiosk speaks. All three are
 * required: a catalog with a missing translation cannot be read. Texts may
 * hold named placeholders ({date}, {count}) the kiosk fills in; every
 * language has the same ones.
 */
export const localisedTextSchema = z.strictObject({
  'zh-CN': z.string().trim().min(1),
  'zh-TW': z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalisedText = z.infer<typeof localisedTextSchema>;

/** A stable identifier inside a catalog: lower-case letters, digits and `_`. */
export const catalogIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/);

/** A calendar date, YYYY-MM-DD, in the catalog's time zone. */
export const catalogDateSchema = z.iso.date();
