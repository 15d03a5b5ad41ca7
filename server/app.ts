import type { AddressInfo } from 'node:net';
import type { DatabaseSync } from 'node:sqlite';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { loadCatalog, type CatalogOption } from './catalog/served-catalog.ts';
import { createServerClock } from './config/clock.ts';
import { resolveLimits, type Limits } from './config/limits.ts';
import type { ServerContext } from './context.ts';
import { closeDatabase, openDatabase } from './db/database.ts';
import { grantSecret } from './grants/grant-secret.ts';
import { registerBodyParsing } from './http/body-parsing.ts';
import { registerErrorHandling } from './http/errors.ts';
import { loggingOptions, registerRequestLog, type LoggerOption } from './http/request-log.ts';
import { accountRoutes } from './routes/accounts.ts';
import { applicationRoutes } from './routes/applications.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { devOperatorRoutes } from './routes/dev-operator.ts';
import { devRoutes } from './routes/dev.ts';
import { healthRoutes } from './routes/health.ts';
import { indicatorLadderRoutes } from './routes/indicators-ladder.ts';
import { myAccountRoutes } from './routes/my-account.ts';
import { registerOpenApi } from './routes/openapi.ts';
import { periodRoutes } from './routes/periods.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { verificationRoutes } from './routes/verification.ts';
import { createThrottle } from './security/throttle.ts';
import { createDevSmsInbox } from './verification/dev-sms-inbox.ts';
import { undeliveredSmsGateway, type SmsGateway } from './verification/sms-gateway.ts';

export type { SmsGateway, SmsMessage } from './verification/sms-gateway.ts';
export { createConsoleSmsGateway } from './verification/sms-gateway.ts';

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
  /**
   * Registers DEV_API_PATHS (SMS inbox, captcha answers, identity-platform
   * accounts, clock, the operator's review, freeze and draw). Off by default; only for tests, `--dev` and the kiosk's
   * embedded demo API on loopback.
   */
  devEndpoints?: boolean;
  /** Delivers SMS codes. Default: none (codes are not delivered; with devEndpoints they are in the dev inbox). */
  smsGateway?: SmsGateway;
  /** Milliseconds since the epoch; every expiry, lock and resend rule reads it. Default Date.now. */
  clock?: () => number;
  /** Overrides of the account rules' limits (DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
  /** The catalog served: 'hainan' (default) or 'hangzhou', or a catalog's data (tests, a deployment's own). */
  catalog?: CatalogOption;
  /**
   * The HMAC key of submission grants (at least 32 bytes): the same for every
   * server of a deployment. Default: a key made once per database and kept in it.
   */
  grantSecret?: string;
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
  registerBodyParsing(app);
  registerRequestLog(app);
  await registerOpenApi(app, version);
  await app.register(healthRoutes, { version });
  const catalog = loadCatalog(options.catalog);
  await app.register(catalogRoutes, { catalog });
  const clock = createServerClock(options.clock);
  const inbox = options.devEndpoints ? createDevSmsInbox(clock.now) : undefined;
  const gateway = options.smsGateway ?? undeliveredSmsGateway;
  const limits = resolveLimits(options.limits);
  const context: ServerContext = {
    db,
    catalog,
    clock,
    limits,
    throttles: {
      captchas: createThrottle(clock, { max: limits.captchaRateMax, windowSeconds: limits.captchaRateWindowSeconds }),
      logins: createThrottle(clock, { max: limits.loginRateMax, windowSeconds: limits.loginRateWindowSeconds }),
    },
    sms: inbox ? inbox.recording(gateway) : gateway,
    grantSecret: grantSecret(db, options.grantSecret),
  };
  await app.register(verificationRoutes, { context });
  await app.register(accountRoutes, { context });
  await app.register(sessionRoutes, { context });
  await app.register(myAccountRoutes, { context });
  await app.register(applicationRoutes, { context });
  await app.register(indicatorLadderRoutes, { context });
  await app.register(periodRoutes, { context });
  if (inbox) {
    await app.register(devRoutes, { context, inbox });
    await app.register(devOperatorRoutes, { context });
  }
  if (!options.smsGateway && !inbox) app.log.warn('no SMS gateway configured: SMS codes are not delivered');
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
