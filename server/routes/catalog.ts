import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  catalogDocumentParamsSchema,
  catalogDocumentQuerySchema,
  catalogDocumentSchema,
} from '../../shared/contract/catalog.ts';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { catalogResponseSchema, type Catalog } from '../../shared/contract/catalog-schema.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { findCatalogDocument } from '../db/catalog-documents.ts';
import { apiError } from '../http/errors.ts';

/** True when an If-None-Match header names this ETag (or is `*`). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/** GET the catalog (ETag: its version; If-None-Match answers 304); GET a catalog document (policy text, rules) in one locale. */
export const catalogRoutes: FastifyPluginAsyncZod<{ catalog: Catalog }> = async (app, { catalog }) => {
  const etag = `"${catalog.version}"`;
  app.get(
    API_PATHS.catalog,
    {
      schema: {
        summary: 'The catalog: indicator kinds, applicant categories and their fields, wizard steps, areas, texts, periods, rules',
        tags: ['catalog'],
        response: { 200: catalogResponseSchema, 304: z.null().describe('Not modified: If-None-Match named the version') },
      },
    },
    async (request, reply) => {
      void reply.header('etag', etag).header('cache-control', 'no-cache');
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      return catalog;
    },
  );

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
