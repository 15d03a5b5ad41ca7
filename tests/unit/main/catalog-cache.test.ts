import { describe, expect, it } from 'vitest';
import { KioskError } from '../../../electron/main/errors.ts';
import type { CatalogFetch } from '../../../electron/main/services/api-client.ts';
import { createCatalogCache } from '../../../electron/main/services/catalog/catalog-cache.ts';
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

  it('shares one request between reads that overlap', async () => {
    const api = fakeApi(() => ({ changed: true, body: CATALOG }));
    const cache = createCatalogCache({ fetch: api.fetch, log: silent });
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(api.held).toHaveLength(1);
  });
});
