import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  catalogDocumentParamsSchema,
  catalogDocumentQuerySchema,
  catalogDocumentSchema,
} from '../../shared/contract/catalog.ts';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { findCatalogDocument } from '../db/catalog-documents.ts';
import { apiError } from '../http/errors.ts';

/** GET a catalog document (policy text, rules) in one locale. */
export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    API_PATHS.catalogDocument,
    {
      schema: {
        summary: 'A catalog document in one locale',
        tags: ['catalog'],
        params: catalogDocumentParamsSchema,
        querystring: catalogDocumentQuerySchema,
        response: { 200: catalogDocumentSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const document = findCatalogDocument(app.db, request.params.id, request.query.locale);
      if (!document) return reply.code(404).send(apiError('not_found', 'no such document in this locale'));
      return document;
    },
  );
};
