import type { Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/app.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { test, expect, testConfig } from './support/fixtures.ts';
import { CITIZEN, beginApplication, logInCitizen, openKind } from './support/application-flows.ts';

const HANGZHOU_SYSTEM = '杭州市小客车总量调控管理信息系统';
const STATE_FILE = 'terminal-state.json';

/** What main answers the page for catalog:get (the page may ask in e2e tests). */
async function catalogFromMain(page: Page) {
  return (await page.evaluate(() => window.kiosk.invoke('catalog:get'))) as { ok: true; data: { id: string; version: string } } | { ok: false; error: { code: string } };
}

test.describe('the terminal state file (terminal-state.json in user data)', () => {
  test('a terminal restarted while the central API is down works from the catalog it stored, which holds no citizen\'s data', async ({ launch }) => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'quota-kiosk-api-')), 'api.sqlite');
    // Hangzhou's catalog names the system differently from the built-in words (Hainan's), so the attract screen shows which it has.
    const server = await startServer({ dbPath, logger: false, devEndpoints: true, catalog: 'hangzhou' });
    let version: string;
    let userData: string;
    try {
      version = ((await (await fetch(new URL(API_PATHS.catalog, server.url))).json()) as { version: string }).version;
      const first = await launch({ config: testConfig(server.url) });
      userData = first.userData;
      await expect(first.page.getByTestId('attract').getByRole('heading', { level: 1 })).toHaveText(HANGZHOU_SYSTEM);

      // A citizen's session on catalog-driven screens (the kind page, the wizard) puts nothing of theirs in the file.
      await logInCitizen(server, first.page);
      await openKind(first.page, 'incremental');
      await beginApplication(first.page, 'regular_lottery', 'local_resident');

      const file = join(userData, STATE_FILE);
      await expect.poll(() => existsSync(file)).toBe(true);
      const text = readFileSync(file, 'utf8');
      const stored = JSON.parse(text) as { catalog: { version: string; body: { version: string; id: string } } };
      expect(Object.keys(stored)).toEqual(['catalog']);
      expect(Object.keys(stored.catalog).sort()).toEqual(['body', 'version']);
      expect(stored.catalog.version).toBe(version);
      expect(stored.catalog.body).toMatchObject({ id: 'hangzhou', version });
      for (const personal of [CITIZEN.name, CITIZEN.idNumber, CITIZEN.phone, CITIZEN.password]) expect(text).not.toContain(personal);
      // For the kiosk's own user only, as everything else in user data.
      expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
      await first.close();
    } finally {
      await server.close();
    }

    const again = await launch({ config: testConfig(server.url), userData });
    await expect(again.page.getByTestId('connectivity')).toHaveAttribute('data-state', 'offline');
    await expect(again.page.getByTestId('attract').getByRole('heading', { level: 1 })).toHaveText(HANGZHOU_SYSTEM);
    const answer = await catalogFromMain(again.page);
    expect(answer).toMatchObject({ ok: true, data: { id: 'hangzhou', version } });
    expect(again.output()).toContain(`catalog ${version} (stored)`);
  });

  test('a damaged file is reset and logged, and the kiosk starts without a catalog', async ({ launch }) => {
    const userData = mkdtempSync(join(tmpdir(), 'quota-kiosk-user-data-'));
    const file = join(userData, STATE_FILE);
    writeFileSync(file, '{"catalog": {"version": "hangzhou-0123', { mode: 0o600 });
    // Nothing listens on port 1 of loopback: the central API is unreachable.
    const kiosk = await launch({ config: testConfig('http://127.0.0.1:1'), userData });
    await expect(kiosk.page.getByTestId('attract')).toBeVisible();
    await expect.poll(() => kiosk.output()).toMatch(/terminal-state\.json could not be read .*not valid JSON.*starting it afresh/);
    expect(await catalogFromMain(kiosk.page)).toMatchObject({ ok: false, error: { code: 'api.unreachable' } });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({});
  });
});
