// `npm run screenshots`: the README's pictures, taken from the kiosk as built
// (test host + reference API), in zh-CN and en, at 1920x1080.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchHostKiosk } from '../tests/host/launch.ts';
import { startServer } from '../server/app.ts';

const OUT = 'docs/screenshots';
const api = await startServer({ dbPath: join(mkdtempSync(join(tmpdir(), 'qk-shots-')), 'api.sqlite') });
const kiosk = await launchHostKiosk({
  config: { centralApiUrl: api.url, hallName: '海口市政务服务中心', terminalId: 'HK-01', kioskMode: false, connectivityProbeSeconds: 1 },
});
const { page } = kiosk;

const tap = (testId: string) => page.getByTestId(testId).click();
async function shot(name: string, page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`${OUT}/${name}.png`);
}

try {
  for (const locale of ['zh-CN', 'en']) {
    await page.getByTestId('attract').waitFor();
    await tap(`lang-${locale}`);
    await page.getByTestId('connectivity').and(page.locator('[data-state="online"]')).waitFor();
    await shot(`attract-${locale}`, page);
    await tap('attract');
    await page.getByTestId('home').waitFor();
    await shot(`home-${locale}`, page);
    await tap('home-policy');
    await page.getByTestId('policy-document').waitFor();
    await shot(`policy-${locale}`, page);
    await tap('policy-back');
    await tap('home-back');
  }
} finally {
  await kiosk.close();
  await api.close();
}
