import type { DatabaseSync } from 'node:sqlite';
import type { CatalogDocumentId } from '../../../shared/contract/catalog.ts';
import type { Locale } from '../../../shared/locales.ts';
import { inTransaction } from '../transaction.ts';
import { MANAGEMENT_RULES, type SeedDocument } from './management-rules.ts';
import { SERVICE_GUIDE } from './service-guide.ts';

/** Each document's texts and the day it was published (the same in every language). */
const CATALOG_SEED: Record<CatalogDocumentId, { publishedOn: string; texts: Record<Locale, SeedDocument> }> = {
  // Released by the provincial government on 31 July 2018, in force from 1 August 2018.
  'management-rules': { publishedOn: '2018-07-31', texts: MANAGEMENT_RULES },
  // This revision of the guide: what the terminal offers now.
  'service-guide': { publishedOn: '2026-12-01', texts: SERVICE_GUIDE },
};

/**
 * Writes the bundled catalog documents. Safe to run on every start: a row is
 * only rewritten (and its updated_at moved) when its text or date differs.
 */
export function seedCatalogDocuments(db: DatabaseSync): void {
  const upsert = db.prepare(`
    INSERT INTO catalog_documents (id, locale, title, sections, published_on, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id, locale) DO UPDATE SET
      title = excluded.title,
      sections = excluded.sections,
      published_on = excluded.published_on,
      updated_at = excluded.updated_at
    WHERE title IS NOT excluded.title OR sections IS NOT excluded.sections OR published_on IS NOT excluded.published_on
  `);
  const updatedAt = new Date().toISOString();
  inTransaction(db, () => {
    for (const [id, { publishedOn, texts }] of Object.entries(CATALOG_SEED)) {
      for (const [locale, document] of Object.entries(texts)) {
        upsert.run(id, locale, document.title, JSON.stringify(document.sections), publishedOn, updatedAt);
      }
    }
  });
}
