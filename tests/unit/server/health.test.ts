import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../server/app.ts';
import { apiErrorSchema } from '../../../shared/contract/errors.ts';
import { healthResponseSchema } from '../../../shared/contract/health.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';

describe('GET /api/v1/health', () => {
  let app: FastifyInstance;
  afterEach(async () => app.close());

  it('answers ok with the service name and version', async () => {
    app = await buildServer({ dbPath: ':memory:', version: '1.2.3' });
    const response = await app.inject({ method: 'GET', url: API_PATHS.health });
    expect(response.statusCode).toBe(200);
    const body = healthResponseSchema.parse(response.json());
    expect(body).toMatchObject({ status: 'ok', service: 'quota-kiosk-reference-api', version: '1.2.3' });
  });

  it('prepares its statement once, not on every request', async () => {
    app = await buildServer({ dbPath: ':memory:' });
    const prepare = vi.spyOn(app.db, 'prepare');
    for (let probe = 0; probe < 3; probe++) expect((await app.inject({ method: 'GET', url: API_PATHS.health })).statusCode).toBe(200);
    expect(prepare).not.toHaveBeenCalled();
  });

  it('answers 503 in the error shape when the database is gone', async () => {
    app = await buildServer({ dbPath: ':memory:' });
    app.db.close();
    const response = await app.inject({ method: 'GET', url: API_PATHS.health });
    expect(response.statusCode).toBe(503);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('internal_error');
  });
});
