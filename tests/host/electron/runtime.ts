import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type BrowserContext, type Frame, type Page, type Request, type Route } from 'playwright-core';
import { getPath } from './paths.ts';
import { customSchemes, schemeHandler } from './protocol.ts';
import { toElectronUrl } from './url-mapping.ts';

/** The parts of a host webContents the runtime calls back into. */
export interface RuntimeContents {
  readonly page: Page;
  /** A navigation of the main frame or a subframe; false = blocked. */
  allowNavigation(url: string, isMainFrame: boolean): boolean;
  invoke(channel: string, frame: Frame, args: unknown[]): Promise<unknown>;
  /** The preload shim's pull for main-to-page events: resolves with the next batch. */
  nextEvents(): Promise<[string, unknown[]][]>;
  /** A key the page received, for main's before-input-event. */
  input(input: HostKeyInput): void;
}

/** Electron's `Input` as before-input-event hands it to main. */
export interface HostKeyInput {
  type: 'keyDown' | 'keyUp';
  key: string;
  code: string;
  shift: boolean;
  control: boolean;
  alt: boolean;
  meta: boolean;
  isAutoRepeat: boolean;
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--remote-debugging-port=0',
];

export const headless = process.env.KIOSK_HOST_HEADLESS !== '0';
const [width, height] = (process.env.KIOSK_HOST_VIEWPORT ?? '1920x1080').split('x').map(Number) as [number, number];
export const viewport = { width, height };

const contentsByPage = new Map<Page, RuntimeContents>();
let context: BrowserContext | undefined;

/** Starts Chromium with the app's profile in user data; prints the CDP endpoint for tests to attach to. */
export async function launchRuntime(): Promise<BrowserContext> {
  const profile = join(getPath('userData'), 'chromium-profile');
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KIOSK_HOST_CHROMIUM ?? '/usr/bin/chromium',
    headless,
    // With no window manager (Xvfb) --kiosk cannot maximise the window: size it to the kiosk's screen.
    args: headless ? CHROMIUM_FLAGS : [...CHROMIUM_FLAGS, '--kiosk', `--window-size=${width},${height}`, '--window-position=0,0'],
    viewport: headless ? viewport : null,
    hasTouch: true,
    acceptDownloads: false,
    serviceWorkers: 'block',
    bypassCSP: false,
  });
  await context.route('**/*', (route, request) =>
    onRequest(route, request).catch((error: unknown) => {
      console.error('test host: request handling failed', error);
      return route.abort('failed').catch(() => undefined);
    }),
  );
  const contentsOf = (page: Page) => {
    const contents = contentsByPage.get(page);
    if (!contents) throw new Error('IPC from a page that is not a BrowserWindow');
    return contents;
  };
  await context.exposeBinding('__kioskHostInvoke', ({ page, frame }, channel: string, args: unknown[]) => contentsOf(page).invoke(channel, frame, args));
  await context.exposeBinding('__kioskHostEvents', ({ page }) => contentsOf(page).nextEvents());
  await context.exposeBinding('__kioskHostInput', ({ page }, input: HostKeyInput) => contentsOf(page).input(input));
  const port = await devtoolsPort(profile);
  process.stdout.write(`KIOSK_HOST_CDP_ENDPOINT=http://127.0.0.1:${port}\n`);
  return context;
}

/** Pages the host opens for itself: never a window's page, never served the app. */
const hostPages = new WeakSet<Page>();

/** A blank page for the host's own CDP calls; its caller closes it. */
export async function hostOwnedPage(): Promise<Page> {
  const page = await runtimeContext().newPage();
  hostPages.add(page);
  return page;
}

export const isHostOwned = (page: Page): boolean => hostPages.has(page);

export function runtimeContext(): BrowserContext {
  if (!context) throw new Error('test host: the app is not ready yet');
  return context;
}

export function attachContents(contents: RuntimeContents): void {
  contentsByPage.set(contents.page, contents);
  contents.page.once('close', () => contentsByPage.delete(contents.page));
}

async function devtoolsPort(profile: string): Promise<string> {
  const file = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 200; i++) {
    if (existsSync(file)) {
      const port = readFileSync(file, 'utf8').split('\n')[0];
      if (port) return port;
    }
    await sleep(25);
  }
  throw new Error('test host: Chromium did not report its DevTools port');
}

/** The requesting frame; none for a popup's first navigation, issued before its frame exists. */
function frameOf(request: Request): Frame | null {
  try {
    return request.frame();
  } catch {
    return null;
  }
}

/** Every request: navigation guard first, then custom schemes from their protocol handlers. */
async function onRequest(route: Route, request: Request): Promise<void> {
  const frame = frameOf(request);
  const contents = frame && contentsByPage.get(frame.page());
  // A page the app did not create as a BrowserWindow (a popup) loads nothing.
  if (!frame || !contents) return route.abort('blockedbyclient');
  if (request.isNavigationRequest()) {
    const allowed = contents.allowNavigation(toElectronUrl(request.url(), customSchemes), frame === frame.page().mainFrame());
    // 204 No Content leaves the current document in place, as a prevented will-navigate does.
    if (!allowed) return route.fulfill({ status: 204 });
  }
  const electronUrl = toElectronUrl(request.url(), customSchemes);
  if (electronUrl === request.url()) return route.continue();
  const handler = schemeHandler(new URL(electronUrl).protocol.slice(0, -1));
  if (!handler) return route.abort('failed');
  const response = await handler(new Request(electronUrl, { method: request.method() }));
  await route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: Buffer.from(await response.arrayBuffer()),
  });
}
