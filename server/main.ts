// `npm run server`: the reference central API on its own, for development and tests.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { CATALOG_NAMES, DEFAULT_CATALOG, type CatalogName } from '../shared/catalog/catalogs.ts';
import { createConsoleSmsGateway, startServer } from './app.ts';

const USAGE =
  'usage: node server/main.ts [--host 127.0.0.1] [--port 8787] [--db .tmp/reference-api.sqlite] [--catalog hainan|hangzhou] [--dev]\n' +
  '  --catalog (or QK_SERVER_CATALOG): the catalog served, hainan by default\n' +
  '  --dev (or QK_SERVER_DEV=1): development endpoints, and SMS codes printed to stderr as [dev-sms] lines';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) fail(`invalid port: ${text}`);
  return port;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0-dev';
}

function parseCatalogName(text: string): CatalogName {
  if (!(CATALOG_NAMES as readonly string[]).includes(text)) fail(`unknown catalog: ${text}`);
  return text as CatalogName;
}

function readOptions(): { host: string; port: string; db: string; catalog: string; dev: boolean } {
  try {
    return parseArgs({
      options: {
        host: { type: 'string', default: process.env.QK_SERVER_HOST ?? '127.0.0.1' },
        port: { type: 'string', default: process.env.QK_SERVER_PORT ?? '8787' },
        db: { type: 'string', default: process.env.QK_SERVER_DB ?? '.tmp/reference-api.sqlite' },
        catalog: { type: 'string', default: process.env.QK_SERVER_CATALOG ?? DEFAULT_CATALOG },
        dev: { type: 'boolean', default: process.env.QK_SERVER_DEV === '1' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

const args = readOptions();
const port = parsePort(args.port);
const catalog = parseCatalogName(args.catalog);
if (args.db !== ':memory:') mkdirSync(dirname(args.db), { recursive: true });

const server = await startServer({
  host: args.host,
  port,
  dbPath: args.db,
  catalog,
  version: packageVersion(),
  logger: true,
  devEndpoints: args.dev,
  ...(args.dev ? { smsGateway: createConsoleSmsGateway((line) => process.stderr.write(`${line}\n`)) } : {}),
});
console.log(`Reference central API listening on ${server.url}, ${catalog} catalog${args.dev ? ' (development endpoints on)' : ''}`);

function shutdown(): void {
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('shutdown failed:', error);
      process.exit(1);
    },
  );
}

process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
