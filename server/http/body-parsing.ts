import type { FastifyInstance } from 'fastify';

/**
 * Request bodies are JSON or nothing: any other content type is answered
 * 415 unsupported_media_type (Fastify's text/plain parser is removed), and
 * an empty body sent as application/json reads as no body (the schema of
 * each route says whether that is allowed).
 */
export function registerBodyParsing(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, null);
    else parseJson(request, String(body), done);
  });
}
