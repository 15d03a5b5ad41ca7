import type { AddressInfo } from 'node:net';
import type { DatabaseSync } from 'node:sqlite';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { closeDatabase, openDatabase } from './db/database.ts';
import { registerErrorHandling } from './http/errors.ts';
import { loggingOptions, registerRequestLog, type LoggerOption } from './http/request-log.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { healthRoutes } from './routes/health.ts';
import { registerOpenApi } from './routes/openapi.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's one database connection; closed when the server closes. */
    db: DatabaseSync;
  }
}

export type ServerOptions = {
  /** SQLite file (created if missing), or ':memory:'. */
  dbPath: string;
  /** Reported by the health route and the OpenAPI document. */
  version?: string;
  /** Off by default; `true` logs JSON lines to stdout at info level. */
  logger?: LoggerOption;
};

export type RunningServer = {
  url: string;
  port: number;
  /** Closes the HTTP server and the database; later calls wait for the first. */
  close(): Promise<void>;
};

const DEFAULT_VERSION = '0.0.0-dev';

async function createApp(db: DatabaseSync, options: ServerOptions): Promise<FastifyInstance> {
  const version = options.version ?? DEFAULT_VERSION;
  const app = Fastify(loggingOptions(options.logger));
  app.decorate('db', db);
  app.addHook('onClose', async () => closeDatabase(db));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerRequestLog(app);
  await registerOpenApi(app, version);
  await app.register(healthRoutes, { version });
  await app.register(catalogRoutes);
  await app.ready();
  return app;
}

/** The reference API, ready for `inject` but not listening. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const db = openDatabase(options.dbPath);
  try {
    return await createApp(db, options);
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
}

/** The reference API listening on `host:port` (default 127.0.0.1, any free port). */
export async function startServer(
  options: ServerOptions & { host?: string; port?: number },
): Promise<RunningServer> {
  const app = await buildServer(options);
  try {
    const url = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
    let closing: Promise<void> | undefined;
    return {
      url,
      port: (app.server.address() as AddressInfo).port,
      close: () => (closing ??= app.close()),
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}
