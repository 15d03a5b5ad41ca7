import type { Page } from '@playwright/test';
import { test, expect, tap } from './support/fixtures.ts';
import {
  PASSWORD,
  logIn,
  logOut,
  openHome,
  openIdentityLogin,
  registerPerson,
  solveCaptcha,
  submitIdentityPassword,
  verifyPhone,
  type Person,
} from './support/account-flows.ts';
import { advanceClock, createIdentityAccount } from './support/dev-api.ts';
import { typeInto } from './support/keyboard.ts';
import type { RunningServer } from '../../server/app.ts';

const CITIZEN: Person = { idType: 'resident_id', name: [['zhang', '张'], ['san', '三']], idNumber: '11010519491231002X', phone: '13800000011' };

/** A unit known to the identity platform, reachable at `phone`. */
const legalPerson = (phone: string) =>
  ({
    kind: 'legal',
    unitName: '海南椰风贸易有限公司',
    creditCode: '91110000600037341L',
    representativeName: '李雷',
    representativeIdNumber: '11010519491231002X',
    phone,
    password: 'Legal2026pw',
  }) as const;

/** Registers CITIZEN and logs out again, leaving the home menu on screen. */
async function withRegisteredCitizen(api: RunningServer, page: Page): Promise<void> {
  await openHome(page);
  await registerPerson(api, page, CITIZEN);
  await logOut(page);
  await openHome(page);
}

test('a registered citizen logs in by phone, password and picture code, and logs out', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await withRegisteredCitizen(api, page);
  await logIn(api, page, CITIZEN.phone);
  await expect(page.getByTestId('user-home-welcome')).toHaveText('张三，欢迎您！');
  await logOut(page);
  // The account is gone from the page: asked for the user home, the route guard sends the citizen to log in.
  await openHome(page);
  await page.evaluate(() => {
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: { push(to: object): void } } } } }).__vue_app__;
    app.config.globalProperties.$router.push({ name: 'user-home' });
  });
  await expect(page.getByTestId('login')).toBeVisible();
  await expect(page.getByTestId('user-home-welcome')).toHaveCount(0);
  // And from main: nobody is logged in.
  expect(await page.evaluate(() => window.kiosk.invoke('account:get'))).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
});

test('a wrong password, a wrong or expired picture code and a locked account each get their message', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await withRegisteredCitizen(api, page);
  await logIn(api, page, CITIZEN.phone, 'Wrong2026pw');
  await expect(page.getByTestId('form-error')).toHaveAttribute('data-code', 'invalid_credentials');
  await expect(page.getByTestId('form-error')).toContainText('账号或密码错误');

  // Wrong picture code: refused at its field, a new picture shown, the password kept.
  await typeInto(page, 'password', PASSWORD);
  await typeInto(page, 'captchaAnswer', 'ZZZZ');
  await tap(page.getByTestId('login-submit'));
  await expect(page.getByTestId('field-captchaAnswer-error')).toHaveText(/图片验证码不正确/);
  await expect(page.getByTestId('input-captchaAnswer')).toHaveValue('');
  await expect(page.getByTestId('input-password')).toHaveValue(PASSWORD);

  // Expired picture code (the server's clock moves past its 5 minutes).
  await solveCaptcha(api, page);
  await advanceClock(api, 301);
  await tap(page.getByTestId('login-submit'));
  await expect(page.getByTestId('field-captchaAnswer-error')).toHaveText(/图片验证码已过期/);

  // Four more wrong passwords lock the account; then even the right one is refused.
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await typeInto(page, 'password', 'Wrong2026pw');
    await solveCaptcha(api, page);
    await tap(page.getByTestId('login-submit'));
    await expect(page.getByTestId('form-error')).toBeVisible();
  }
  await expect(page.getByTestId('form-error')).toHaveAttribute('data-code', 'account_locked');
  await typeInto(page, 'password', PASSWORD);
  await solveCaptcha(api, page);
  await tap(page.getByTestId('login-submit'));
  await expect(page.getByTestId('form-error')).toHaveAttribute('data-code', 'account_locked');
  await expect(page.getByTestId('form-error')).toContainText('15 分钟');
});

test('a forgotten password is reset by SMS code, which also unlocks, and the new one logs in', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await withRegisteredCitizen(api, page);
  await tap(page.getByTestId('home-login'));
  await tap(page.getByTestId('login-forgot'));
  await expect(page.getByTestId('forgot-password')).toBeVisible();
  await typeInto(page, 'phone', CITIZEN.phone);
  await verifyPhone(api, page, CITIZEN.phone);
  await typeInto(page, 'newPassword', 'short');
  await expect(page.getByTestId('field-newPassword-error')).toHaveText(/长度不足/);
  await typeInto(page, 'newPassword', 'Renewed2026');
  await typeInto(page, 'confirmPassword', 'Renewed2027');
  await tap(page.getByTestId('forgot-submit'));
  await expect(page.getByTestId('field-confirmPassword-error')).toHaveText(/不一致/);
  await typeInto(page, 'confirmPassword', 'Renewed2026');
  await solveCaptcha(api, page);
  await tap(page.getByTestId('forgot-submit'));
  await expect(page.getByTestId('login-notice')).toContainText('密码已重置');

  await typeInto(page, 'phone', CITIZEN.phone);
  await typeInto(page, 'password', 'Renewed2026');
  await solveCaptcha(api, page);
  await tap(page.getByTestId('login-submit'));
  await expect(page.getByTestId('user-home-welcome')).toContainText('张三');
});

test('unified identity login: a person by ID number and password, a legal person by phone and SMS code', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await createIdentityAccount(api, { kind: 'personal', name: '王芳', idNumber: '440524188001010014', phone: '13500000001', password: 'Identity2026' });
  await createIdentityAccount(api, legalPerson('13500000002'));
  await openHome(page);
  await openIdentityLogin(page);

  // A wrong check character is caught before anything is sent.
  await typeInto(page, 'loginName', '440524188001010015');
  await expect(page.getByTestId('field-loginName-error')).toHaveText(/校验位不正确/);
  await submitIdentityPassword(api, page, 'loginName', '440524188001010014', 'Identity2026');
  await expect(page.getByTestId('user-home-welcome')).toHaveText('王芳，欢迎您！');
  await logOut(page);
  await openHome(page);

  await openIdentityLogin(page);
  await tap(page.getByTestId('tab-kind-legal'));
  await tap(page.getByTestId('tab-method-sms'));
  await typeInto(page, 'phone', '13500000002');
  await verifyPhone(api, page, '13500000002');
  await tap(page.getByTestId('identity-submit'));
  await expect(page.getByTestId('user-home-welcome')).toContainText('海南椰风贸易有限公司');
  await tap(page.getByTestId('menu-account-profile'));
  await expect(page.getByTestId('profile-creditCode')).toHaveText('91110000600037341L');
});

test('unified identity login by user name; the platform\'s 忘记密码 and 去注册 say where to go instead', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await createIdentityAccount(api, {
    kind: 'personal',
    name: 'Anna Muller',
    idType: 'passport',
    idNumber: 'X1234567',
    username: 'anna_m26',
    phone: '13500000004',
    password: 'Identity2026',
  });
  await openHome(page);
  await openIdentityLogin(page);
  await expect(page.getByTestId('identity-warning')).toHaveText('为确保账户信息安全，请勿泄露账号密码给他人。');
  await expect(page.getByTestId('identity-hotlines')).toContainText('0898-68835091');

  await tap(page.getByTestId('identity-forgot'));
  await expect(page.getByTestId('identity-help')).toContainText('本终端不能找回');
  await tap(page.getByTestId('identity-register'));
  await expect(page.getByTestId('identity-help')).toContainText('需在海南省政务服务网注册');

  await submitIdentityPassword(api, page, 'loginName', 'anna_m26', 'Identity2026');
  await expect(page.getByTestId('user-home-welcome')).toHaveText('Anna Muller，欢迎您！');
  await logOut(page);

  // 去注册 leads to this system's own registration.
  await openHome(page);
  await openIdentityLogin(page);
  await tap(page.getByTestId('identity-register'));
  await tap(page.getByTestId('identity-to-register'));
  await expect(page.getByTestId('register-rules')).toBeVisible();
});

test('a legal person logs in by credit code and password, in English', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await createIdentityAccount(api, legalPerson('13500000003'));
  await tap(page.getByTestId('lang-en'));
  await openHome(page);
  await openIdentityLogin(page);
  await tap(page.getByTestId('tab-kind-legal'));
  await submitIdentityPassword(api, page, 'creditCode', '91110000600037341L', 'Wrong2026pw');
  await expect(page.getByTestId('form-error')).toContainText('Wrong account or password');
  await submitIdentityPassword(api, page, 'creditCode', '91110000600037341L', 'Legal2026pw');
  await expect(page.getByTestId('user-home-welcome')).toHaveText('Welcome, 海南椰风贸易有限公司!');
});
