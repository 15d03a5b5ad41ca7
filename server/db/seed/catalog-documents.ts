import type { DatabaseSync } from 'node:sqlite';
import type { CatalogDocumentId } from '../../../shared/contract/catalog.ts';
import type { Locale } from '../../../shared/locales.ts';
import { inTransaction } from '../transaction.ts';
import { MANAGEMENT_RULES, type SeedDocument } from './management-rules.ts';
import { SERVICE_GUIDE } from './service-guide.ts';

const CATALOG_SEED: Record<CatalogDocumentId, Record<Locale, SeedDocument>> = {
  'management-rules': MANAGEMENT_RULES,
  'service-guide': SERVICE_GUIDE,
};

/**
 * Writes the bundled catalog documents. Safe to run on every start: a row is
 * only rewritten (and its updated_at moved) when its text differs.
 */
export function seedCatalogDocuments(db: DatabaseSync): void {
  const upsert = db.prepare(`
    INSERT INTO catalog_documents (id, locale, title, sections, updated_at)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (id, locale) DO UPDATE SET
      title = excluded.title,
      sections = excluded.sections,
      updated_at = excluded.updated_at
    WHERE title IS NOT excluded.title OR sections IS NOT excluded.sections
  `);
  const updatedAt = new Date().toISOString();
  inTransaction(db, () => {
    for (const [id, locales] of Object.entries(CATALOG_SEED)) {
      for (const [locale, document] of Object.entries(locales)) {
        upsert.run(id, locale, document.title, JSON.stringify(document.sections), updatedAt);
      }
    }
  });
}
