import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, _electron, type Locator, type Page, type CDPSession } from '@playwright/test';
import { launchHostKiosk, type LaunchOptions } from '../../host/launch.ts';
import { startServer, type RunningServer } from '../../../server/app.ts';
import type { CatalogOption } from '../../../server/catalog/served-catalog.ts';
import { electronBinary } from './electron-binary.ts';

export type KioskRuntime = 'host' | 'electron';

export interface Kiosk {
  page: Page;
  /** The page of the kiosk window open now (main replaces the window after a crash or hang). */
  currentPage(): Promise<Page>;
  output(): string;
  close(): Promise<void>;
  /** The kiosk's data folder (app.getPath('userData'): the outbox, receipts, terminal state, logs). */
  userData: string;
}

interface Fixtures {
  kioskRuntime: KioskRuntime;
  /** The catalog the central API serves: Hainan unless a spec says `test.use({ apiCatalog: 'hangzhou' })` (or gives a catalog's data). */
  apiCatalog: CatalogOption;
  /** A reference central API on loopback with a fresh database. */
  api: RunningServer;
  /** Starts the kiosk (as built) against `api` unless the config says otherwise. */
  launch: (options?: LaunchOptions) => Promise<Kiosk>;
  /** The kiosk, launched with the default test configuration. */
  kiosk: Kiosk;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** Configuration every e2e kiosk starts from. */
export const testConfig = (apiUrl: string) => ({
  centralApiUrl: apiUrl,
  terminalId: 'e2e-terminal-01',
  hallName: '海口市政务服务中心',
  connectivityProbeSeconds: 0.5,
  apiTimeoutMs: 2000,
  kioskMode: false,
});

async function launchElectron(options: LaunchOptions): Promise<Kiosk> {
  const dir = mkdtempSync(join(tmpdir(), 'quota-kiosk-electron-'));
  const args = [join(ROOT, 'out/main/index.cjs')];
  if (options.config) {
    writeFileSync(join(dir, 'config.json'), JSON.stringify(options.config));
    args.push('--config', join(dir, 'config.json'));
  }
  // Electron takes --user-data-dir as app.getPath('userData') (electron/electron#18764; not run here: these machines have no Electron binary).
  const userData = options.userData ?? join(dir, 'user-data');
  args.push(`--user-data-dir=${userData}`);
  const app = await _electron.launch({ executablePath: electronBinary()!, args, env: { ...process.env, ...options.env } as Record<string, string> });
  let output = '';
  app.process().stdout?.on('data', (c: Buffer) => (output += c.toString()));
  app.process().stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const page = await app.firstWindow();
  const currentPage = async () => app.windows().findLast((w) => !w.isClosed()) ?? app.firstWindow();
  return { page, currentPage, output: () => output, close: () => app.close(), userData };
}

export const test = base.extend<Fixtures>({
  kioskRuntime: ['host', { option: true }],
  apiCatalog: ['hainan' as CatalogOption, { option: true }],
  api: async ({ apiCatalog }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'quota-kiosk-api-'));
    const server = await startServer({ dbPath: join(dir, 'api.sqlite'), logger: false, devEndpoints: true, catalog: apiCatalog });
    await use(server);
    await server.close();
  },
  launch: async ({ kioskRuntime }, use) => {
    const started: Kiosk[] = [];
    await use(async (options = {}) => {
      const kiosk = kioskRuntime === 'electron' ? await launchElectron(options) : await launchHostKiosk(options);
      started.push(kiosk);
      return kiosk;
    });
    await Promise.all(started.map((k) => k.close()));
  },
  kiosk: async ({ api, launch }, use) => {
    await use(await launch({ config: testConfig(api.url) }));
  },
});

export { expect };

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** Touches the middle of an element with one finger (touchstart/touchend), as a citizen does. */
export async function tap(target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  await bringIntoReach(target);
  await expect(target).toBeEnabled();
  const box = await target.boundingBox();
  if (!box) throw new Error('element has no box to touch');
  await touchAt(target.page(), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

/**
 * Scrolls the element to the middle of its scroll area unless a finger at
 * its middle already reaches it (it may be off screen, or under the
 * keyboard or a form's action bar), as a citizen scrolls before touching.
 */
async function bringIntoReach(target: Locator): Promise<void> {
  await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!hit || !(hit === element || element.contains(hit))) element.scrollIntoView({ block: 'center', inline: 'nearest' });
  });
}

/** One finger down and up at a point of the window. */
export async function touchAt(page: Page, point: { x: number; y: number }): Promise<void> {
  if (!sessions.has(page)) sessions.set(page, page.context().newCDPSession(page));
  const cdp = await sessions.get(page)!;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
