import type { DatabaseSync } from 'node:sqlite';
import {
  catalogDocumentSchema,
  type CatalogDocument,
  type CatalogDocumentId,
} from '../../shared/contract/catalog.ts';
import type { Locale } from '../../shared/locales.ts';

/** The stored document in one locale, or undefined when there is none. */
export function findCatalogDocument(
  db: DatabaseSync,
  id: CatalogDocumentId,
  locale: Locale,
): CatalogDocument | undefined {
  const row = db
    .prepare('SELECT title, sections, published_on, updated_at FROM catalog_documents WHERE id = ? AND locale = ?')
    .get(id, locale);
  if (!row) return undefined;
  return catalogDocumentSchema.parse({
    id,
    locale,
    title: row.title,
    sections: JSON.parse(String(row.sections)),
    publishedOn: row.published_on,
    updatedAt: row.updated_at,
  });
}
