import { describe, expect, it } from 'vitest';
import { KioskError } from '../../../electron/main/errors.ts';
import type { CatalogFetch } from '../../../electron/main/services/api-client.ts';
import { createCatalogCache, type CatalogPersistence, type StoredCatalog } from '../../../electron/main/services/catalog/catalog-cache.ts';
import { HAINAN_CATALOG } from '../../../shared/catalog/data/hainan.ts';

const silent = { error() {}, warn() {}, info() {}, debug() {} };
const CATALOG = { ...HAINAN_CATALOG, version: 'hainan-0123456789abcdef' };

/** A central API that answers what `answer` says, noting the version each request held. */
function fakeApi(answer: (held: string | undefined) => CatalogFetch | Error) {
  const held: (string | undefined)[] = [];
  const fetch = async (version?: string) => {
    held.push(version);
    const result = answer(version);
    if (result instanceof Error) throw result;
    return result;
  };
  return { held, fetch };
}

describe('catalog cache', () => {
  it('reads the catalog, then asks with its version and keeps it on a 304', async () => {
    const api = fakeApi((held) => (held === CATALOG.version ? { changed: false } : { changed: true, body: CATALOG }));
    const cache = createCatalogCache({ fetch: api.fetch, log: silent });
    expect((await cache.get()).version).toBe(CATALOG.version);
    expect((await cache.get()).id).toBe('hainan');
    expect(api.held).toEqual([undefined, CATALOG.version]);
  });

  it('takes a new version when the central API has one', async () => {
    let served: object = CATALOG;
    const api = fakeApi(() => ({ changed: true, body: served }));
    const cache = createCatalogCache({ fetch: api.fetch, log: silent });
    await cache.get();
    served = { ...CATALOG, version: 'hainan-fedcba9876543210' };
    expect((await cache.get()).version).toBe('hainan-fedcba9876543210');
  });

  it('refuses a catalog it cannot read, whole, with catalog.unreadable', async () => {
    const broken = { ...CATALOG, categories: [{ ...CATALOG.categories[0], indicatorKind: 'no_such_kind' }] };
    const errors: unknown[] = [];
    const cache = createCatalogCache({ fetch: fakeApi(() => ({ changed: true, body: broken })).fetch, log: { ...silent, error: (m: unknown) => errors.push(m) } });
    await expect(cache.get()).rejects.toMatchObject({ code: 'catalog.unreadable' });
    expect(String(errors[0])).toContain('categories.0.indicatorKind');
  });

  it('refuses a newer catalog it cannot read even when it holds an older one', async () => {
    let served: object = CATALOG;
    const cache = createCatalogCache({ fetch: fakeApi(() => ({ changed: true, body: served })).fetch, log: silent });
    await cache.get();
    served = { ...CATALOG, version: 'hainan-fedcba9876543210', wizard: { ...CATALOG.wizard, steps: [] } };
    await expect(cache.get()).rejects.toMatchObject({ code: 'catalog.unreadable' });
  });

  it('answers the catalog it holds while the central API cannot be reached, and fails without one', async () => {
    let down = false;
    const api = fakeApi(() => (down ? new KioskError('api.unreachable', 'down') : { changed: true, body: CATALOG }));
    const cold = createCatalogCache({ fetch: fakeApi(() => new KioskError('api.timeout', 'slow')).fetch, log: silent });
    await expect(cold.get()).rejects.toMatchObject({ code: 'api.timeout' });
    const warm = createCatalogCache({ fetch: api.fetch, log: silent });
    await warm.get();
    down = true;
    expect((await warm.get()).version).toBe(CATALOG.version);
  });

  it('does not wait on the central API when connectivity knows it is out of reach: the catalog held, at once', async () => {
    let online: boolean | null = true;
    const api = fakeApi(() => ({ changed: true, body: CATALOG }));
    const cache = createCatalogCache({ fetch: api.fetch, log: silent, online: () => online });
    await cache.get();
    online = false;
    expect((await cache.get()).version).toBe(CATALOG.version);
    expect(api.held).toHaveLength(1);
    online = null;
    await cache.get();
    expect(api.held).toHaveLength(2);
  });

  it('shares one request between reads that overlap', async () => {
    const api = fakeApi(() => ({ changed: true, body: CATALOG }));
    const cache = createCatalogCache({ fetch: api.fetch, log: silent });
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(api.held).toHaveLength(1);
  });
});

/** A terminal state file in memory, noting each save. */
function fakeStore(initial?: StoredCatalog) {
  let held = initial;
  const saved: StoredCatalog[] = [];
  const persistence: CatalogPersistence = {
    load: () => held,
    save: (catalog) => {
      saved.push(catalog);
      held = catalog;
    },
  };
  return { persistence, saved, held: () => held };
}

const logged = () => {
  const lines: string[] = [];
  const note = (...items: unknown[]) => void lines.push(items.map(String).join(' '));
  return { lines, log: { error: note, warn: note, info: note, debug() {} } };
};

describe('catalog cache with a terminal state file', () => {
  it('starts from the stored catalog: asks with its version, and keeps it on a 304 without saving again', async () => {
    const api = fakeApi((held) => (held === CATALOG.version ? { changed: false } : { changed: true, body: CATALOG }));
    const store = fakeStore({ version: CATALOG.version, body: CATALOG });
    const cache = createCatalogCache({ fetch: api.fetch, log: silent, persistence: store.persistence });
    expect((await cache.get()).version).toBe(CATALOG.version);
    expect(api.held).toEqual([CATALOG.version]);
    expect(store.saved).toEqual([]);
  });

  it('answers the stored catalog while the central API cannot be reached, before any read succeeded', async () => {
    const api = fakeApi(() => new KioskError('api.unreachable', 'down'));
    const cache = createCatalogCache({ fetch: api.fetch, log: silent, persistence: fakeStore({ version: CATALOG.version, body: CATALOG }).persistence });
    expect((await cache.get()).id).toBe('hainan');
    expect(api.held).toEqual([CATALOG.version]);
  });

  it('saves a new catalog the central API serves, as served, and only when its version is new', async () => {
    let served: object = CATALOG;
    const store = fakeStore();
    const cache = createCatalogCache({ fetch: fakeApi(() => ({ changed: true, body: served })).fetch, log: silent, persistence: store.persistence });
    await cache.get();
    expect(store.saved).toEqual([{ version: CATALOG.version, body: CATALOG }]);
    await cache.get(); // a 200 of the same version (an API that ignores If-None-Match): nothing to save
    expect(store.saved).toHaveLength(1);
    served = { ...CATALOG, version: 'hainan-fedcba9876543210' };
    await cache.get();
    expect(store.saved.map((saved) => saved.version)).toEqual([CATALOG.version, 'hainan-fedcba9876543210']);
    expect(store.held()?.body).toBe(served);
  });

  it('never stores a catalog it refuses, and keeps the stored one', async () => {
    const store = fakeStore({ version: CATALOG.version, body: CATALOG });
    const broken = { ...CATALOG, version: 'hainan-fedcba9876543210', wizard: { ...CATALOG.wizard, steps: [] } };
    const cache = createCatalogCache({ fetch: fakeApi(() => ({ changed: true, body: broken })).fetch, log: silent, persistence: store.persistence });
    await expect(cache.get()).rejects.toMatchObject({ code: 'catalog.unreadable' });
    expect(store.saved).toEqual([]);
    expect(store.held()?.version).toBe(CATALOG.version);
  });

  it('ignores, and logs, a stored catalog this kiosk can no longer read: it is never answered, and the API is asked without a version', async () => {
    const unreadable = { ...CATALOG, categories: [{ ...CATALOG.categories[0], indicatorKind: 'no_such_kind' }] };
    const { lines, log } = logged();
    const api = fakeApi(() => new KioskError('api.unreachable', 'down'));
    const cache = createCatalogCache({ fetch: api.fetch, log, persistence: fakeStore({ version: CATALOG.version, body: unreadable }).persistence });
    await expect(cache.get()).rejects.toMatchObject({ code: 'api.unreachable' });
    expect(api.held).toEqual([undefined]);
    expect(lines.join('\n')).toMatch(/stored catalog hainan-0123456789abcdef ignored.*categories\.0\.indicatorKind/);
  });

  it('ignores a stored catalog whose body names another version than it was saved under', async () => {
    const { lines, log } = logged();
    const api = fakeApi(() => ({ changed: true, body: CATALOG }));
    const cache = createCatalogCache({ fetch: api.fetch, log, persistence: fakeStore({ version: 'hainan-fedcba9876543210', body: CATALOG }).persistence });
    expect((await cache.get()).version).toBe(CATALOG.version);
    expect(api.held).toEqual([undefined]);
    expect(lines.join('\n')).toContain('stored catalog ignored');
  });

  it('reads on when the state file fails: a load that throws is a cold start, a save that throws is logged', async () => {
    const { lines, log } = logged();
    const failing: CatalogPersistence = {
      load: () => {
        throw new Error('EACCES');
      },
      save: () => {
        throw new Error('ENOSPC');
      },
    };
    const cache = createCatalogCache({ fetch: fakeApi(() => ({ changed: true, body: CATALOG })).fetch, log, persistence: failing });
    expect((await cache.get()).version).toBe(CATALOG.version);
    expect(lines.join('\n')).toContain(`catalog ${CATALOG.version} could not be stored`);
  });
});
