import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildServer } from '../../../server/app.ts';
import { registerErrorHandling } from '../../../server/http/errors.ts';
import { apiErrorSchema } from '../../../shared/contract/errors.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';

describe('error shape of the reference server', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ dbPath: ':memory:' });
  });
  afterAll(async () => app.close());

  it('answers an unknown route with 404 not_found', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here?x=1' });
    expect(response.statusCode).toBe(404);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('not_found');
  });

  it('answers a known path with the wrong method with 405 method_not_allowed and Allow', async () => {
    const response = await app.inject({ method: 'DELETE', url: API_PATHS.health });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('method_not_allowed');
  });

  it('answers an oversized body with 413 payload_too_large', async () => {
    const response = await app.inject({
      method: 'POST',
      url: API_PATHS.health,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('payload_too_large');
  });
});

describe('registerErrorHandling', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    registerErrorHandling(app);
    const typed = app.withTypeProvider<ZodTypeProvider>();
    typed.post(
      '/people',
      {
        schema: {
          body: z
            .object({ name: z.string().min(2), kind: z.enum(['a', 'b']), age: z.number(), phone: z.string() })
            .strict(),
        },
      },
      async () => ({}),
    );
    typed.get('/boom', async () => {
      throw new Error('SQLITE_CORRUPT in /var/lib/kiosk/secret.sqlite');
    });
    await app.ready();
  });
  afterAll(async () => app.close());

  it('maps each invalid body field to a short code', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/people',
      payload: { name: 'x', kind: 'c', age: '7', extra: true },
    });
    expect(response.statusCode).toBe(400);
    expect(apiErrorSchema.parse(response.json()).error).toEqual({
      code: 'validation_failed',
      message: expect.any(String),
      fields: {
        name: 'too_short',
        kind: 'invalid_enum_value',
        age: 'invalid_type',
        phone: 'required',
        extra: 'unrecognized_key',
      },
    });
  });

  it('names the body as a whole when it is missing', async () => {
    const response = await app.inject({ method: 'POST', url: '/people' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation_failed', fields: { body: 'required' } } });
  });

  it('answers a thrown error with 500 internal_error without leaking its message', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    const body = apiErrorSchema.parse(response.json());
    expect(body.error.code).toBe('internal_error');
    expect(response.body).not.toMatch(/SQLITE|secret/);
  });
});
