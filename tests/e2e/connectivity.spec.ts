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
    // Nothing is queued for later: the banner says what is true now.
    await expect(indicator).toHaveText('网络暂时中断，暂时无法办理需要联网的业务，请稍后再试或咨询工作人员');

    server = await startServer({ dbPath, port, logger: false });
    await expect(indicator).toHaveAttribute('data-state', 'online');
  } finally {
    await server.close();
  }
});
