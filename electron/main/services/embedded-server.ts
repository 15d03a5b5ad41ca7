import { join } from 'node:path';
import type { Logger } from './logger.ts';

export interface EmbeddedServer {
  url: string;
  close(): Promise<void>;
}

/**
 * With no central API configured, the kiosk starts the reference API on
 * loopback (a random free port, database in the app's data folder).
 */
export async function startEmbeddedServer(dataDir: string, version: string, log: Logger): Promise<EmbeddedServer> {
  const { startServer } = await import('../../../server/app.ts');
  const server = await startServer({ host: '127.0.0.1', port: 0, dbPath: join(dataDir, 'reference-api.sqlite'), version, logger: false, devEndpoints: true });
  log.info(`embedded reference API on ${server.url}`);
  return server;
}
