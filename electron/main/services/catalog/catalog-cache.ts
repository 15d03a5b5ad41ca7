import { parseCatalog } from '../../../../shared/catalog/parse.ts';
import type { Catalog } from '../../../../shared/contract/catalog-schema.ts';
import { KioskError } from '../../errors.ts';
import type { CatalogFetch } from '../api-client.ts';
import type { Logger } from '../logger.ts';

export interface CatalogCacheDeps {
  /** GET the catalog, with the version held (If-None-Match) when there is one. */
  fetch: (version?: string) => Promise<CatalogFetch>;
  log: Logger;
}

const OFFLINE_CODES: readonly string[] = ['api.unreachable', 'api.timeout'];

/**
 * The catalog in main's memory with its version. Every read asks the
 * central API again with the version held (a 304 costs a round trip and no
 * body), so a new policy reaches the next screen; when the API cannot be
 * reached, the catalog last read is answered. A catalog that parseCatalog
 * refuses is never handed to the page, not even in part: the read fails
 * `catalog.unreadable` (and the log says why) until the API serves one the
 * kiosk can read.
 */
export function createCatalogCache({ fetch, log }: CatalogCacheDeps) {
  let current: Catalog | null = null;
  let reading: Promise<Catalog> | null = null;

  async function read(): Promise<Catalog> {
    let answer: CatalogFetch;
    try {
      answer = await fetch(current?.version);
    } catch (error) {
      if (current && error instanceof KioskError && OFFLINE_CODES.includes(error.code)) return current;
      throw error;
    }
    if (!answer.changed) {
      if (current) return current;
      throw new KioskError('api.bad_response', 'the central API answered 304 to a kiosk without a catalog');
    }
    const parsed = parseCatalog(answer.body);
    if (!parsed.ok) {
      const problems = parsed.problems.slice(0, 10).map((problem) => `${problem.path}: ${problem.message}`);
      log.error(`catalog refused (${parsed.problems.length} problems): ${problems.join('; ')}`);
      throw new KioskError('catalog.unreadable', 'the central API serves a catalog this kiosk cannot read');
    }
    if (parsed.catalog.version !== current?.version) log.info(`catalog ${parsed.catalog.version}`);
    current = parsed.catalog;
    return current;
  }

  return {
    /** The catalog now; reads that overlap share one request. */
    get(): Promise<Catalog> {
      reading ??= read().finally(() => {
        reading = null;
      });
      return reading;
    },
  };
}

export type CatalogCache = ReturnType<typeof createCatalogCache>;
