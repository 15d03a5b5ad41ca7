import { join } from 'node:path';
import type { Logger } from './logger.ts';

export interface EmbeddedServer {
  url: string;
  close(): Promise<void>;
}

/**
 * With no central API configured (development, or a demo terminal), the
 * kiosk starts the reference API on loopback: a random free port, its
 * database in the app's data folder (readable by the kiosk's user only).
 */
export async function startEmbeddedServer(
  dataDir: string,
  version: string,
  log: Logger,
  { devEndpoints }: { devEndpoints: boolean },
): Promise<EmbeddedServer> {
  const { startServer } = await import('../../../server/app.ts');
  const server = await startServer({ host: '127.0.0.1', port: 0, dbPath: join(dataDir, 'reference-api.sqlite'), version, logger: false, devEndpoints });
  log.info(`embedded reference API on ${server.url}${devEndpoints ? ' (development endpoints on)' : ''}`);
  return server;
}
