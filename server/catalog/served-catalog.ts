import { createHash } from 'node:crypto';
import { CATALOGS, DEFAULT_CATALOG, type CatalogName } from '../../shared/catalog/catalogs.ts';
import { parseCatalog } from '../../shared/catalog/parse.ts';
import { localDate } from '../../shared/catalog/periods.ts';
import type { Catalog, CatalogData } from '../../shared/contract/catalog-schema.ts';

/** Which catalog a server serves: one it ships, by name, or a catalog's data (tests, a deployment's own). */
export type CatalogOption = CatalogName | CatalogData;

/** Keys in sorted order at every level, so equal data always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The catalog stamped with its version (`<id>-<16 hex of the content's
 * SHA-256>`, so any change moves it), checked as the kiosk will check it;
 * a catalog with problems stops the server.
 */
export function loadCatalog(option: CatalogOption = DEFAULT_CATALOG): Catalog {
  const data = typeof option === 'string' ? CATALOGS[option] : option;
  if (!data) throw new Error(`no catalog named ${String(option)}`);
  const version = `${data.id}-${createHash('sha256').update(canonicalJson(data)).digest('hex').slice(0, 16)}`;
  const parsed = parseCatalog({ ...data, version });
  if (!parsed.ok) {
    throw new Error(`catalog ${data.id} cannot be read: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return parsed.catalog;
}

/** Today in the catalog's time zone. */
export function catalogToday(catalog: Catalog, nowMs: number): string {
  return localDate(nowMs, catalog.utcOffsetMinutes);
}
