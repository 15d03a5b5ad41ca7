import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { API_PATHS } from '../../shared/contract/paths.ts';

/**
 * Collects every route registered after it into an OpenAPI 3 document built
 * from the routes' zod schemas, and serves that document. Register it first.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Quota kiosk central API (reference server)',
        description: 'The contract between the quota kiosk terminals and the central system.',
        version,
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get(
    API_PATHS.openapi,
    { schema: { summary: 'This OpenAPI document', tags: ['meta'] } },
    async () => app.swagger(),
  );
}
