import { describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';

/** `/a/:id` as OpenAPI writes it: `/a/{id}`. */
const toOpenApiPath = (path: string) => path.replace(/:([a-zA-Z]+)/g, '{$1}');

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3 document listing every route of the contract', async () => {
    const app = await buildServer({ dbPath: ':memory:', version: '9.9.9' });
    try {
      const response = await app.inject({ method: 'GET', url: API_PATHS.openapi });
      expect(response.statusCode).toBe(200);
      const document = response.json() as { openapi: string; info: { version: string }; paths: object };
      expect(document.openapi).toMatch(/^3\./);
      expect(document.info.version).toBe('9.9.9');
      expect(Object.keys(document.paths).sort()).toEqual(Object.values(API_PATHS).map(toOpenApiPath).sort());
    } finally {
      await app.close();
    }
  });
});
