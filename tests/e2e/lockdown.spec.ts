import type { Page } from '@playwright/test';
import { test, expect, tap, testConfig, type Kiosk } from './support/fixtures.ts';
import { openHome, registerPerson, type Person } from './support/account-flows.ts';
import { liveSessions } from './support/dev-api.ts';
import { hostEvents } from './support/host-events.ts';
import type { RunningServer } from '../../server/app.ts';

const CITIZEN: Person = { idType: 'resident_id', name: [['zhang', '张'], ['san', '三']], idNumber: '11010519491231002X', phone: '13800000061' };

/** An installed terminal: the host reports app.isPackaged, so main locks everything down. */
const installed = (launch: (o: object) => Promise<Kiosk>, api: RunningServer, env: Record<string, string> = {}) =>
  launch({ config: testConfig(api.url), env: { KIOSK_HOST_PACKAGED: '1', ...env } });

/** A mark in the page's memory: gone if the page was reloaded or replaced. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 42));
const marked = (page: Page) => page.evaluate(() => (window as unknown as { __mark?: number }).__mark === 42);

const SHORTCUTS = ['F5', 'Control+r', 'Control+Shift+R', 'Control+=', 'Control+-', 'Control+0', 'Alt+F4', 'Control+w', 'Control+p', 'F12', 'Control+Shift+I', 'Alt+ArrowLeft'];

test.describe('an installed terminal', () => {
  test.skip(({ kioskRuntime }) => kioskRuntime !== 'host', 'reads the host\u2019s report of before-input-event');

  test('swallows the shortcuts that reload, zoom, close, print, go back or open devtools; Alt+F4 leaves the window open', async ({ launch, api }) => {
    const kiosk = await installed(launch, api);
    const { page } = kiosk;
    await expect(page.getByTestId('attract')).toBeVisible();
    await mark(page);
    for (const shortcut of SHORTCUTS) await page.keyboard.press(shortcut);
    const presses = () => hostEvents(kiosk.output(), 'before-input-event').filter((e) => e.type === 'keyDown' && !['Control', 'Shift', 'Alt'].includes(String(e.key)));
    await expect.poll(() => presses().length).toBe(SHORTCUTS.length);
    expect(presses().filter((e) => e.prevented !== true)).toEqual([]);
    expect(page.isClosed()).toBe(false);
    expect(await marked(page)).toBe(true);
    // Typing into a form is not a shortcut.
    await page.keyboard.press('a');
    await expect.poll(() => hostEvents(kiosk.output(), 'before-input-event').some((e) => e.key === 'a' && e.prevented === false)).toBe(true);
  });

  test('refuses a dropped file, a long press menu and text selection outside inputs', async ({ launch, api }) => {
    const { page } = await installed(launch, api);
    await expect(page.getByTestId('attract')).toBeVisible();
    const url = page.url();
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [], files: ['/etc/hostname'], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x: 400, y: 400, data });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(url);
    await expect(page.getByTestId('attract')).toBeVisible();
    const page_ = await page.evaluate(() => {
      const cancelled = (type: string) => !document.body.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
      return { contextmenu: cancelled('contextmenu'), dragover: cancelled('dragover'), drop: cancelled('drop'), select: getComputedStyle(document.body).userSelect };
    });
    expect(page_).toEqual({ contextmenu: true, dragover: true, drop: true, select: 'none' });
  });

  test('keeps the display awake while someone uses it, and lets it sleep once the session is wiped', async ({ launch, api }) => {
    const kiosk = await installed(launch, api);
    const { page } = kiosk;
    await expect(page.getByTestId('attract')).toBeVisible();
    expect(hostEvents(kiosk.output(), 'power-save-blocker')).toEqual([]);
    await openHome(page);
    await expect.poll(() => hostEvents(kiosk.output(), 'power-save-blocker').map((e) => e.action)).toEqual(['start']);
    expect(hostEvents(kiosk.output(), 'power-save-blocker')[0]).toMatchObject({ type: 'prevent-display-sleep' });
    await tap(page.getByTestId('home-back'));
    await expect(page.getByTestId('attract')).toBeVisible();
    await expect.poll(() => hostEvents(kiosk.output(), 'power-save-blocker').map((e) => e.action)).toEqual(['start', 'stop']);
  });

  for (const [what, breakIt] of [
    // Page.crash never answers: the renderer it would answer from is gone.
    ['crashes', async (page: Page) => void (await page.context().newCDPSession(page)).send('Page.crash').catch(() => undefined)],
    ['hangs', (page: Page) => void page.evaluate(() => {
      for (;;);
    }).catch(() => undefined)],
  ] as const) {
    test(`when the renderer ${what}, a new window shows the start screen and the session is gone`, async ({ launch, api }) => {
      const kiosk = await installed(launch, api, { KIOSK_HOST_HANG_MS: '2000' });
      const { page } = kiosk;
      await openHome(page);
      await registerPerson(api, page, CITIZEN);
      expect(await liveSessions(api, CITIZEN.phone)).toBe(1);
      await breakIt(page);
      await expect.poll(() => page.isClosed(), { timeout: 15_000 }).toBe(true).catch((error: unknown) => {
        console.log(kiosk.output());
        throw error;
      });
      const fresh = await kiosk.currentPage();
      expect(fresh).not.toBe(page);
      await expect(fresh.getByTestId('attract')).toBeVisible();
      await expect.poll(() => liveSessions(api, CITIZEN.phone)).toBe(0);
      await expect.poll(async () => ((await fresh.evaluate(() => window.kiosk.invoke('account:get'))) as { error?: { code: string } }).error?.code).toBe(
        'unauthorized',
      );
      // And the new window works.
      await openHome(fresh);
      await expect(fresh.getByTestId('home')).toBeVisible();
    });
  }
});

test('in development the same Alt+F4 closes the window, as the window manager would: the lockdown is what stops it', async ({ launch, api, kioskRuntime }) => {
  test.skip(kioskRuntime !== 'host', 'the host plays the window manager');
  const kiosk = await launch({ config: testConfig(api.url) });
  await expect(kiosk.page.getByTestId('attract')).toBeVisible();
  await kiosk.page.keyboard.press('Alt+F4').catch(() => undefined);
  await expect.poll(() => kiosk.page.isClosed()).toBe(true);
});

test('the IPC bridge refuses an oversized payload and an unknown event with typed errors; the host bridge is out of reach', async ({ kiosk }) => {
  const { page } = kiosk;
  await expect(page.getByTestId('attract')).toBeVisible();
  const answers = await page.evaluate(async () => {
    const invoke = window.kiosk.invoke as (channel: string, ...payload: unknown[]) => Promise<unknown>;
    const on = window.kiosk.on as (event: string, listener: () => void) => unknown;
    return {
      oversized: await invoke('auth:login', { userType: 'personal', phone: '1'.repeat(100_000), password: 'x', captchaId: 'x', captchaAnswer: 'x' }),
      unknownEvent: on('fs:changed', () => undefined),
      hostGlobals: Object.getOwnPropertyNames(window).filter((name) => name.startsWith('__kioskHost')),
    };
  });
  expect(answers.oversized).toMatchObject({ ok: false, error: { code: 'ipc.payload_too_large' } });
  expect(answers.unknownEvent).toMatchObject({ ok: false, error: { code: 'ipc.unknown_event' } });
  expect(answers.hostGlobals).toEqual([]);
});

test('history.back() never leaves the app, neither at start nor after a wipe', async ({ kiosk }) => {
  const { page } = kiosk;
  await expect(page.getByTestId('attract')).toBeVisible();
  const url = page.url();
  await page.evaluate(() => history.back());
  await page.waitForTimeout(500);
  expect(page.url()).toBe(url);
  await openHome(page);
  await tap(page.getByTestId('home-back'));
  await expect(page.getByTestId('attract')).toBeVisible();
  await page.evaluate(() => history.back());
  await page.waitForTimeout(500);
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('attract')).toBeVisible();
});
