import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/app.ts';
import { test, expect, testConfig } from './support/fixtures.ts';

test('the connectivity indicator follows the central API going down and coming back', async ({ launch }) => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'quota-kiosk-api-')), 'api.sqlite');
  let server = await startServer({ dbPath, logger: false });
  const { port } = server;
  try {
    const { page } = await launch({ config: testConfig(server.url) });
    const indicator = page.getByTestId('connectivity');
    await expect(indicator).toHaveAttribute('data-state', 'online');

    await server.close();
    await expect(indicator).toHaveAttribute('data-state', 'offline');
    await expect(indicator).not.toHaveText('');

    server = await startServer({ dbPath, port, logger: false });
    await expect(indicator).toHaveAttribute('data-state', 'online');
  } finally {
    await server.close();
  }
});
