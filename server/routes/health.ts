import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { healthResponseSchema } from '../../shared/contract/health.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { apiError } from '../http/errors.ts';

const SERVICE_NAME = 'quota-kiosk-reference-api';

/** GET health: answers ok only after the database has answered a query. */
export const healthRoutes: FastifyPluginAsyncZod<{ version: string }> = async (app, { version }) => {
  // Prepared once: a probe every few seconds from every terminal should not compile SQL each time.
  const roundTrip = app.db.prepare('SELECT 1');
  app.get(
    API_PATHS.health,
    {
      schema: {
        summary: 'Service health, including a database round trip',
        tags: ['health'],
        response: { 200: healthResponseSchema, 503: apiErrorSchema },
      },
    },
    async (request, reply) => {
      try {
        roundTrip.get();
      } catch (error) {
        request.log.error({ err: error }, 'database health check failed');
        return reply.code(503).send(apiError('internal_error', 'the database is not available'));
      }
      return { status: 'ok' as const, service: SERVICE_NAME, version, time: new Date().toISOString() };
    },
  );
};
