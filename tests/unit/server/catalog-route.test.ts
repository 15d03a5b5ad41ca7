import { describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app.ts';
import { catalogSchema } from '../../../shared/contract/catalog-schema.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';

describe('GET /api/v1/catalog', () => {
  it('serves the Hainan catalog by default, versioned, with its version as ETag; If-None-Match answers 304', async () => {
    const app = await buildServer({ dbPath: ':memory:' });
    try {
      const response = await app.inject({ method: 'GET', url: API_PATHS.catalog });
      expect(response.statusCode).toBe(200);
      const catalog = catalogSchema.parse(response.json());
      expect(catalog.id).toBe('hainan');
      expect(catalog.version).toMatch(/^hainan-[0-9a-f]{16}$/);
      expect(response.headers.etag).toBe(`"${catalog.version}"`);
      const unchanged = await app.inject({ method: 'GET', url: API_PATHS.catalog, headers: { 'if-none-match': `"${catalog.version}"` } });
      expect(unchanged.statusCode).toBe(304);
      expect(unchanged.body).toBe('');
      const stale = await app.inject({ method: 'GET', url: API_PATHS.catalog, headers: { 'if-none-match': '"hainan-0000000000000000"' } });
      expect(stale.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('serves Hangzhou when started with it, under another version', async () => {
    const hangzhou = await buildServer({ dbPath: ':memory:', catalog: 'hangzhou' });
    const hainan = await buildServer({ dbPath: ':memory:', catalog: 'hainan' });
    try {
      const first = catalogSchema.parse((await hangzhou.inject({ method: 'GET', url: API_PATHS.catalog })).json());
      const second = catalogSchema.parse((await hainan.inject({ method: 'GET', url: API_PATHS.catalog })).json());
      expect(first.id).toBe('hangzhou');
      expect(first.systemName['zh-CN']).toBe('杭州市小客车总量调控管理信息系统');
      expect(first.version).not.toBe(second.version);
    } finally {
      await Promise.all([hangzhou.close(), hainan.close()]);
    }
  });

  it('refuses to start with a catalog it cannot read', async () => {
    const { CATALOGS } = await import('../../../shared/catalog/catalogs.ts');
    const broken = structuredClone(CATALOGS.hainan);
    broken.categories[0]!.fields[0]!.rule = { name: 'no_such_rule' };
    await expect(buildServer({ dbPath: ':memory:', catalog: broken })).rejects.toThrow(/unknown rule no_such_rule/);
  });
});
