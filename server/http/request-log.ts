import {
  LogController,
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { redactPersonalData } from '../../shared/redact.ts';

export type LoggerOption = boolean | { level?: string; stream?: NodeJS.WritableStream };

/** The route template a request matched (never its raw URL), or null when none did. */
function routeOf(request: FastifyRequest): string | null {
  return request.routeOptions.url ?? null;
}

/**
 * Serializers for whatever Fastify or a handler logs: a request is its method
 * and route template, a response its status, an error its type and scrubbed
 * text. Bodies, query strings, headers and client addresses are never written.
 */
const serializers = {
  req: (request: FastifyRequest) => ({ method: request.method, route: routeOf(request) }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  err: (error: FastifyError) => ({
    type: error.name,
    code: error.code,
    message: redactPersonalData(error.message),
    stack: redactPersonalData(error.stack ?? ''),
  }),
};

/**
 * Fastify's logging options: pino with the serializers above, and Fastify's
 * own per-request lines (which carry the raw URL) switched off in favour of
 * the line `registerRequestLog` writes.
 */
export function loggingOptions(logger: LoggerOption | undefined): FastifyServerOptions {
  const logController = new LogController({ disableRequestLogging: true });
  if (!logger) return { logger: false, logController };
  const { level = 'info', stream } = logger === true ? {} : logger;
  return { logger: stream ? { level, stream, serializers } : { level, serializers }, logController };
}

/** Logs one line per answered request: method, route template, status and time; pino adds the request id. */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: routeOf(request),
        statusCode: reply.statusCode,
        responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request completed',
    );
  });
}
