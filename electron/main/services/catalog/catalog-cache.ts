import { parseCatalog } from '../../../../shared/catalog/parse.ts';
import type { Catalog } from '../../../../shared/contract/catalog-schema.ts';
import { isNoAnswer, KioskError } from '../../errors.ts';
import type { CatalogFetch } from '../api-client.ts';
import type { Logger } from '../logger.ts';

/** A catalog as kept across restarts: its version and its body as the central API served it (raw JSON). */
export interface StoredCatalog {
  version: string;
  body: unknown;
}

/** Where the catalog outlives main (the terminal's state file); unit tests pass a fake. */
export interface CatalogPersistence {
  /** The catalog saved last, or undefined when there is none. */
  load(): StoredCatalog | undefined;
  save(catalog: StoredCatalog): void;
}

export interface CatalogCacheDeps {
  /** GET the catalog, with the version held (If-None-Match) when there is one. */
  fetch: (version?: string) => Promise<CatalogFetch>;
  log: Logger;
  /** Keeps the catalog across restarts; without it the catalog lives in memory only. */
  persistence?: CatalogPersistence;
  /** What the connectivity monitor knows: false means the API is out of reach, and the catalog held is answered without waiting for a timeout. */
  online?: () => boolean | null;
}

/** The first ten problems parseCatalog found, for the log. */
const listProblems = (problems: readonly { path: string; message: string }[]) =>
  problems
    .slice(0, 10)
    .map((problem) => `${problem.path}: ${problem.message}`)
    .join('; ');

/**
 * The catalog saved before, if this kiosk version can still read it. It is
 * checked with parseCatalog as a served one is, so a stored catalog the
 * kiosk can no longer read is ignored (and logged), never handed to the page.
 */
function seed(persistence: CatalogPersistence | undefined, log: Logger): Catalog | null {
  if (!persistence) return null;
  let stored: StoredCatalog | undefined;
  try {
    stored = persistence.load();
  } catch (error) {
    log.error('the stored catalog could not be read; starting without it', error);
    return null;
  }
  if (!stored) return null;
  const parsed = parseCatalog(stored.body);
  if (!parsed.ok) {
    log.warn(`stored catalog ${stored.version} ignored, this kiosk cannot read it (${parsed.problems.length} problems): ${listProblems(parsed.problems)}`);
    return null;
  }
  if (parsed.catalog.version !== stored.version) {
    log.warn(`stored catalog ignored: it was saved as ${stored.version} but says ${parsed.catalog.version}`);
    return null;
  }
  log.info(`catalog ${parsed.catalog.version} (stored)`);
  return parsed.catalog;
}

/**
 * The catalog in main's memory with its version, seeded at start from the
 * one saved before (`persistence`). Every read asks the central API again
 * with the version held (a 304 costs a round trip and no body, and a
 * restarted terminal whose catalog has not changed gets one), so a new
 * policy reaches the next screen, and a new catalog that the kiosk can read
 * is saved. When the API cannot be reached, the catalog held is answered:
 * the one read last, or after a restart the stored one. A catalog that
 * parseCatalog refuses is never handed to the page, not even in part: the
 * read fails `catalog.unreadable` (and the log says why) until the API
 * serves one the kiosk can read.
 */
export function createCatalogCache({ fetch, log, persistence, online }: CatalogCacheDeps) {
  let current: Catalog | null = seed(persistence, log);
  let savedVersion = current?.version;
  let reading: Promise<Catalog> | null = null;

  /** Saving is best effort: a disk that refuses costs the next restart its offline catalog, not this read. */
  function save(version: string, body: unknown): void {
    if (!persistence || version === savedVersion) return;
    try {
      persistence.save({ version, body });
      savedVersion = version;
    } catch (error) {
      log.error(`catalog ${version} could not be stored`, error);
    }
  }

  async function read(): Promise<Catalog> {
    if (current && online?.() === false) return current;
    let answer: CatalogFetch;
    try {
      answer = await fetch(current?.version);
    } catch (error) {
      if (current && isNoAnswer(error)) return current;
      throw error;
    }
    if (!answer.changed) {
      if (current) return current;
      throw new KioskError('api.bad_response', 'the central API answered 304 to a kiosk without a catalog');
    }
    const parsed = parseCatalog(answer.body);
    if (!parsed.ok) {
      log.error(`catalog refused (${parsed.problems.length} problems): ${listProblems(parsed.problems)}`);
      throw new KioskError('catalog.unreadable', 'the central API serves a catalog this kiosk cannot read');
    }
    if (parsed.catalog.version !== current?.version) log.info(`catalog ${parsed.catalog.version}`);
    current = parsed.catalog;
    save(current.version, answer.body);
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
