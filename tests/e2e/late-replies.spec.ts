import type { Page } from '@playwright/test';
import { test, expect, tap, testConfig } from './support/fixtures.ts';
import {
  PASSWORD,
  fillPersonalForm,
  logIn,
  logOut,
  openHome,
  openIdentityLogin,
  openRegistration,
  registerPerson,
  submitIdentityPassword,
  type Person,
} from './support/account-flows.ts';
import { createIdentityAccount, liveSessions } from './support/dev-api.ts';
import { startDelayProxy, type DelayProxy } from './support/delay-proxy.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import type { RunningServer } from '../../server/app.ts';

/**
 * A slow network between the kiosk and the central API: the central API
 * has already opened the session when the citizen gives up and goes back to
 * the start screen. The answer that arrives afterwards must not log anyone
 * in, on screen or in main, and the session it carried must be revoked.
 */
const CITIZEN: Person = { idType: 'resident_id', name: [['zhang', '张'], ['san', '三']], idNumber: '11010519491231002X', phone: '13800000051' };
const DELAY_MS = 4_000;

const test_ = test.extend<{ slowNet: DelayProxy; slowKiosk: Page }>({
  slowNet: async ({ api }, use) => {
    const proxy = await startDelayProxy(api.url);
    await use(proxy);
    await proxy.close();
  },
  slowKiosk: async ({ launch, slowNet }, use) => {
    const { page } = await launch({ config: { ...testConfig(slowNet.url), apiTimeoutMs: 20_000 } });
    await use(page);
  },
});

/** Taps the back buttons in `path`, then 返回开始页面; the start screen comes back fresh. */
async function backToStart(page: Page, path: string[]): Promise<void> {
  for (const testid of path) await tap(page.getByTestId(testid));
  await tap(page.getByTestId('home-back'));
  await expect(page.getByTestId('attract')).toBeVisible();
}

/** Once the late answer has arrived: nobody on screen, nobody in main, nobody at the central API. */
async function expectNobodyLoggedIn(page: Page, api: RunningServer, phone: string): Promise<void> {
  await page.waitForTimeout(DELAY_MS + 1_000);
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect(page.getByTestId('user-home-welcome')).toHaveCount(0);
  expect(await page.evaluate(() => window.kiosk.invoke('account:get'))).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  await expect.poll(() => liveSessions(api, phone)).toBe(0);
  // The route guard does not let anyone into the citizen pages either.
  await openHome(page);
  await page.evaluate(() => {
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: { push(to: object): void } } } } })
      .__vue_app__;
    app.config.globalProperties.$router.push({ name: 'user-home' });
  });
  await expect(page.getByTestId('login')).toBeVisible();
}

test_('a login answer arriving after the citizen went back to the start screen logs nobody in', async ({ slowKiosk: page, api, slowNet: proxy }) => {
  await openHome(page);
  await registerPerson(api, page, CITIZEN);
  await logOut(page);
  await openHome(page);
  proxy.delay('POST', API_PATHS.sessions, DELAY_MS);
  await logIn(api, page, CITIZEN.phone);
  await backToStart(page, ['login-back']);
  await expectNobodyLoggedIn(page, api, CITIZEN.phone);
});

test_('a registration answer arriving late logs nobody in (the account exists, its session is revoked)', async ({ slowKiosk: page, api, slowNet: proxy }) => {
  await openHome(page);
  await openRegistration(page, 'personal');
  await fillPersonalForm(api, page, CITIZEN);
  proxy.delay('POST', API_PATHS.personalAccounts, DELAY_MS);
  await tap(page.getByTestId('register-submit'));
  await backToStart(page, ['register-form-back', 'register-back']);
  await expectNobodyLoggedIn(page, api, CITIZEN.phone);
});

test_('an identity-platform login answer arriving late logs nobody in', async ({ slowKiosk: page, api, slowNet: proxy }) => {
  const phone = '13500000051';
  await createIdentityAccount(api, { kind: 'personal', name: '王芳', idNumber: '440524188001010014', phone, password: 'Identity2026' });
  await openHome(page);
  await openIdentityLogin(page);
  proxy.delay('POST', API_PATHS.identitySessions, DELAY_MS);
  await submitIdentityPassword(api, page, 'loginName', '440524188001010014', 'Identity2026');
  await backToStart(page, ['identity-back', 'login-back']);
  await expectNobodyLoggedIn(page, api, phone);
});

test_('an account answer arriving after 退出登录 does not put the account back on screen', async ({ slowKiosk: page, api, slowNet: proxy }) => {
  await openHome(page);
  await registerPerson(api, page, CITIZEN);
  proxy.delay('GET', API_PATHS.myAccount, DELAY_MS);
  await tap(page.getByTestId('menu-account-profile'));
  await logOut(page);
  await expect(page.getByTestId('profile-name')).toHaveCount(0);
  await expectNobodyLoggedIn(page, api, CITIZEN.phone);
  // The account itself is fine: its owner logs in again as usual.
  proxy.delay('GET', API_PATHS.myAccount, 0);
  await tap(page.getByTestId('login-back'));
  await logIn(api, page, CITIZEN.phone, PASSWORD);
  await expect(page.getByTestId('user-home-welcome')).toHaveText('张三，欢迎您！');
});
