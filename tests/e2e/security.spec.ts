import { test, expect } from './support/fixtures.ts';
import { hostEvents } from './support/host-events.ts';

test('the page sees window.kiosk and nothing else of Electron or Node', async ({ kiosk }) => {
  const { page } = kiosk;
  await expect(page.getByTestId('attract')).toBeVisible();
  const globals = await page.evaluate(() => ({
    kiosk: Object.keys(window.kiosk).sort(),
    frozen: Object.isFrozen(window.kiosk),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    hostBinding: typeof (window as unknown as { __kioskHostInvoke?: unknown }).__kioskHostInvoke,
  }));
  expect(globals).toEqual({ kiosk: ['invoke', 'on'], frozen: true, require: 'undefined', process: 'undefined', hostBinding: 'undefined' });
});

test('malformed IPC payloads and unknown channels are refused with typed errors', async ({ kiosk }) => {
  const { page } = kiosk;
  await expect(page.getByTestId('attract')).toBeVisible();
  const results = await page.evaluate(async () => {
    const invoke = window.kiosk.invoke as (channel: string, ...payload: unknown[]) => Promise<unknown>;
    return {
      wrongId: await invoke('catalog:document', { id: '../../etc/passwd', locale: 'en' }),
      wrongType: await invoke('catalog:document', 42),
      extraPayload: await invoke('app:info', { admin: true }),
      unknown: await invoke('fs:read', '/etc/passwd'),
      good: await invoke('app:info'),
    };
  });
  expect(results.wrongId).toMatchObject({ ok: false, error: { code: 'ipc.invalid_request' } });
  expect(results.wrongType).toMatchObject({ ok: false, error: { code: 'ipc.invalid_request' } });
  expect(results.extraPayload).toMatchObject({ ok: false, error: { code: 'ipc.invalid_request' } });
  expect(results.unknown).toMatchObject({ ok: false, error: { code: 'ipc.unknown_channel' } });
  expect(results.good).toMatchObject({ ok: true, data: { terminalId: 'e2e-terminal-01' } });
});

test('navigation, new windows, injected scripts and remote content are refused', async ({ kiosk }) => {
  const { page } = kiosk;
  await expect(page.getByTestId('attract')).toBeVisible();
  const startUrl = page.url();

  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(startUrl);
  await expect(page.getByTestId('attract')).toBeVisible();

  await page.evaluate(() => void window.open('https://example.org/', '_blank'));
  // Main's window-open handler is what refuses it (the host would otherwise leave the popup open, loading nothing).
  await expect.poll(() => hostEvents(kiosk.output(), 'window-open')).toEqual([{ url: 'https://example.org/', action: 'deny' }]);
  await expect.poll(() => page.context().pages().filter((p) => !p.isClosed() && p !== page).length).toBe(0);
  await expect(page.getByTestId('attract')).toBeVisible();

  // DevTools evaluation itself bypasses CSP, so inject script the way an attacker would: as DOM.
  const blocked = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.head.append(inline);
    const remote = document.createElement('img');
    remote.src = 'https://example.org/pixel.png';
    document.body.append(remote);
    await new Promise((r) => setTimeout(r, 300));
    return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false, violations };
  });
  expect(blocked.inlineRan).toBe(false);
  expect(blocked.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
});
