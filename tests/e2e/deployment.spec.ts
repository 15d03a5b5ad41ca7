import { walkFiles } from '../../electron/main/security/private-files.ts';
import { KioskExited, launchHostKiosk } from '../host/launch.ts';
import { test, expect, tap, testConfig } from './support/fixtures.ts';
import { openHome } from './support/account-flows.ts';

/** Every file and folder under `dir` that its group or others can read, write or enter (symlinks aside). */
function openToOthers(dir: string): string[] {
  return [...walkFiles(dir)]
    .filter(({ stat }) => !stat.isSymbolicLink() && (stat.mode & 0o077) !== 0)
    .map(({ path, stat }) => `${path} ${(stat.mode & 0o777).toString(8)}`);
}

test.describe('an installed terminal (the host reports app.isPackaged)', () => {
  test.skip(({ kioskRuntime }) => kioskRuntime !== 'host', 'the host plays a packaged build; a real one is tested by installing it');
  const packaged = { KIOSK_HOST_PACKAGED: '1' };

  test('without centralApiUrl it stops with a configuration error naming the key, instead of starting a demo API', async ({ api }) => {
    const { centralApiUrl: _none, ...config } = testConfig(api.url);
    const error = await launchHostKiosk({ config, env: packaged }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KioskExited);
    expect((error as KioskExited).code).toBe(78);
    expect((error as KioskExited).output).toContain('centralApiUrl');
    expect((error as KioskExited).output).not.toContain('embedded reference API on');
  });

  test('a central API over plain http on the hall network is refused; only loopback may go without TLS', async () => {
    const error = await launchHostKiosk({ config: testConfig('http://10.20.30.40:8787/') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KioskExited);
    expect((error as KioskExited).code).toBe(78);
    expect((error as KioskExited).output).toMatch(/centralApiUrl.*https/);
  });

  test('in demoMode it runs the embedded API, says 演示模式 on every screen, and keeps its files to its own user', async () => {
    const { centralApiUrl: _none, ...config } = testConfig('unused');
    const kiosk = await launchHostKiosk({ config: { ...config, demoMode: true }, env: packaged });
    try {
      const { page } = kiosk;
      await expect(page.getByTestId('connectivity')).toHaveAttribute('data-state', 'online');
      await expect(page.getByTestId('demo-marker')).toContainText('演示模式');
      await openHome(page);
      await expect(page.getByTestId('demo-marker')).toBeVisible();
      await tap(page.getByTestId('home-login'));
      await expect(page.getByTestId('demo-marker')).toBeVisible();
      await tap(page.getByTestId('lang-en'));
      await expect(page.getByTestId('demo-marker')).toContainText('Demo');
      // The embedded API has its development endpoints (the picture code's answer is readable), as a demo needs.
      await expect(page.getByTestId('captcha-image')).toHaveAttribute('data-status', 'ready');
      expect(kiosk.output()).toContain('development endpoints on');
      // Its database, logs and browser profile are readable by the kiosk's user only.
      expect(openToOthers(kiosk.userData)).toEqual([]);
    } finally {
      await kiosk.close();
    }
  });

  test('with a central API configured there is no demo marker and no embedded API', async ({ kiosk }) => {
    await expect(kiosk.page.getByTestId('attract')).toBeVisible();
    await expect(kiosk.page.getByTestId('demo-marker')).toHaveCount(0);
    expect(kiosk.output()).not.toContain('embedded reference API');
  });
});
