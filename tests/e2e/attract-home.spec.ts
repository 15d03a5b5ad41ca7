import { test, expect, tap, testConfig } from './support/fixtures.ts';

test('a citizen touches the attract screen, reaches home and opens the management rules', async ({ kiosk }) => {
  const { page } = kiosk;
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect(page.getByTestId('attract')).toContainText('海口市政务服务中心');
  // Interpolated by a message precompiled at build time (the bundle has no message compiler).
  await expect(page.getByTestId('attract')).toContainText('终端编号 e2e-terminal-01');

  await tap(page.getByTestId('attract'));
  await expect(page.getByTestId('home')).toBeVisible();
  for (const entry of ['home-register', 'home-login', 'home-policy', 'home-guide']) {
    const box = await page.getByTestId(entry).boundingBox();
    expect(box!.width, `${entry} is wide enough for a finger`).toBeGreaterThanOrEqual(64);
    expect(box!.height, `${entry} is tall enough for a finger`).toBeGreaterThanOrEqual(64);
  }

  await tap(page.getByTestId('home-policy'));
  const document = page.getByTestId('policy-document');
  await expect(document).toContainText('海南省小客车保有量调控管理办法');
  await expect(document).toContainText('第一条');
});

test('the language switch works on every screen, in all three locales', async ({ kiosk }) => {
  const { page } = kiosk;
  const html = page.locator('html');
  await expect(page.getByTestId('attract')).toBeVisible();

  await tap(page.getByTestId('lang-en'));
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('attract')).toContainText(/touch/i);
  await expect(page.getByTestId('attract')).toBeVisible();

  await tap(page.getByTestId('attract'));
  await expect(page.getByTestId('home-register')).toContainText(/register/i);

  await tap(page.getByTestId('lang-zh-TW'));
  await expect(html).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByTestId('home-register')).toContainText('註冊');
  await expect(page.getByTestId('lang-zh-TW')).toHaveAttribute('aria-pressed', 'true');

  await tap(page.getByTestId('home-policy'));
  await expect(page.getByTestId('policy-document')).toContainText('海南省小客車保有量調控管理辦法');

  await tap(page.getByTestId('lang-en'));
  await expect(page.getByTestId('policy-document')).toContainText(/Hainan/);

  await tap(page.getByTestId('lang-zh-CN'));
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('policy-document')).toContainText('海南省小客车保有量调控管理办法');
});

test('a hall name given per language follows the language switch', async ({ launch, api }) => {
  const hallName = { 'zh-CN': '海口市政务服务中心', en: 'Haikou Government Service Centre' };
  const { page } = await launch({ config: { ...testConfig(api.url), hallName } });
  await expect(page.getByTestId('attract')).toContainText('海口市政务服务中心');
  await tap(page.getByTestId('lang-en'));
  await expect(page.getByTestId('attract')).toContainText('Haikou Government Service Centre');
  await expect(page.getByTestId('hall-name')).toHaveText('Haikou Government Service Centre');
  await tap(page.getByTestId('lang-zh-TW'));
  await expect(page.getByTestId('hall-name')).toHaveText('海口市政务服务中心');
});
