import { z } from 'zod';
import { LOCALES } from '../locales.ts';

/** Documents the central API's catalog serves (policy texts, rules). */
export const CATALOG_DOCUMENT_IDS = ['management-rules', 'service-guide'] as const;

export const catalogDocumentIdSchema = z.enum(CATALOG_DOCUMENT_IDS);
export type CatalogDocumentId = z.infer<typeof catalogDocumentIdSchema>;

export const localeSchema = z.enum(LOCALES);

export const catalogDocumentSchema = z.object({
  id: catalogDocumentIdSchema,
  locale: localeSchema,
  title: z.string().min(1),
  /** Ordered sections, each a heading (e.g. 第一章 总则) and its paragraphs. */
  sections: z.array(
    z.object({
      heading: z.string(),
      paragraphs: z.array(z.string()),
    }),
  ),
  /** The day the document itself was published (e.g. the Measures by the provincial government), shown to citizens. */
  publishedOn: z.iso.date(),
  /** When the catalog last changed its text. */
  updatedAt: z.iso.datetime(),
});

export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;

export const catalogDocumentParamsSchema = z.object({ id: catalogDocumentIdSchema });
export const catalogDocumentQuerySchema = z.object({ locale: localeSchema.default('zh-CN') });
