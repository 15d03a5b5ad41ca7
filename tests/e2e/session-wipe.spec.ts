import type { Page } from '@playwright/test';
import { test, expect, tap, testConfig } from './support/fixtures.ts';
import { PASSWORD, logIn, logOut, openHome, openRegistration, registerPerson, type Person } from './support/account-flows.ts';
import { advanceClock, liveSessions } from './support/dev-api.ts';
import { startDelayProxy } from './support/delay-proxy.ts';
import { typeChinese, typeInto } from './support/keyboard.ts';
import { collectResidue, plantInStorage } from './support/residue.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';

/** Values that exist nowhere but where this citizen typed them. */
const CANARY = {
  name: '柳青松',
  idNumber: '460106198503160619',
  phone: '13977310458',
  newPhone: '13766120937',
  creditCode: '91110000600037341L',
} as const;
const CITIZEN: Person = {
  idType: 'resident_id',
  name: [['liu', '柳'], ['qing', '青'], ['song', '松']],
  idNumber: CANARY.idNumber,
  phone: CANARY.phone,
};
const maskMiddle = (value: string, start: number, end: number) => value.slice(0, start) + '*'.repeat(value.length - start - end) + value.slice(-end);

/** Every canary in full and as the screens mask it. */
const FORMS = [
  CANARY.name,
  CANARY.idNumber,
  maskMiddle(CANARY.idNumber, 3, 4),
  CANARY.phone,
  maskMiddle(CANARY.phone, 3, 4),
  CANARY.newPhone,
  maskMiddle(CANARY.newPhone, 3, 4),
  CANARY.creditCode,
  maskMiddle(CANARY.creditCode, 3, 4),
];

const IDLE = { idleTimeoutSeconds: 20, idleCountdownSeconds: 5 };

async function expectIdleWipe(page: Page): Promise<void> {
  await expect(page.getByTestId('idle-dialog')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('session-notice')).toHaveAttribute('data-notice', 'idle', { timeout: 15_000 });
  await expect(page.getByTestId('attract')).toBeVisible();
}

test('after the idle wipe nothing the citizen typed or was shown is left anywhere: DOM, stores, storage, cookies, caches, channels', async ({
  launch,
  api,
}) => {
  test.setTimeout(180_000);
  const { page } = await launch({ config: { ...testConfig(api.url), ...IDLE } });
  await openHome(page);

  // A unit registration begun and abandoned (the credit code typed), back to the menu.
  await openRegistration(page, 'unit');
  await typeInto(page, 'creditCode', CANARY.creditCode);
  await tap(page.getByTestId('register-form-back'));
  await tap(page.getByTestId('register-back'));

  // A registration, a logout, then a login.
  await registerPerson(api, page, CITIZEN);
  await logOut(page);
  await openHome(page);
  await logIn(api, page, CANARY.phone);
  await expect(page.getByTestId('user-home-welcome')).toContainText(CANARY.name);

  // Every account screen, forms half-typed.
  await tap(page.getByTestId('menu-account-profile'));
  await expect(page.getByTestId('profile-phone')).toHaveText(maskMiddle(CANARY.phone, 3, 4));
  await tap(page.getByTestId('menu-account-name'));
  await typeChinese(page, 'name', CITIZEN.name as never);
  await tap(page.getByTestId('menu-account-password'));
  await typeInto(page, 'oldPassword', PASSWORD);
  await tap(page.getByTestId('menu-account-phone'));
  await typeInto(page, 'password', PASSWORD);
  await typeInto(page, 'phone', CANARY.newPhone);
  // And code that forgot to clean up after itself.
  await plantInStorage(page, `${CANARY.idNumber}|${CANARY.phone}|${CANARY.creditCode}`);
  const before = await collectResidue(page);
  expect(before).toContain(CANARY.idNumber);
  expect(before).toContain(CANARY.newPhone);

  // The citizen walks away.
  await expectIdleWipe(page);
  const residue = await collectResidue(page);
  for (const form of FORMS) expect(residue, `"${form}" survived the wipe`).not.toContain(form);
  expect(await liveSessions(api, CANARY.phone)).toBe(0);
});

test('the idle question counts down, 继续 keeps everything, any touch or key restarts the wait, and a request in flight keeps nothing open', async ({
  launch,
  api,
}) => {
  test.setTimeout(120_000);
  const proxy = await startDelayProxy(api.url);
  try {
    const { page } = await launch({ config: { ...testConfig(proxy.url), idleTimeoutSeconds: 10, idleCountdownSeconds: 8 } });
    await openHome(page);
    await tap(page.getByTestId('home-login'));
    await typeInto(page, 'phone', CANARY.phone);

    const dialog = page.getByTestId('idle-dialog');
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    await expect(dialog).toContainText('还需要更多时间吗？');
    const first = Number(await page.getByTestId('idle-seconds').textContent());
    await expect.poll(async () => Number(await page.getByTestId('idle-seconds').textContent())).toBeLessThan(first);
    await tap(page.getByTestId('idle-continue'));
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('input-phone')).toHaveValue(CANARY.phone);

    // A key counts as much as a touch: the question comes back only a full wait after it.
    await page.waitForTimeout(6_000);
    await page.keyboard.press('Shift');
    await page.waitForTimeout(6_000);
    await expect(dialog).toBeHidden();

    // The picture code request now hangs at the central API; waiting on it does not hold the session open.
    proxy.delay('POST', API_PATHS.captchas, 60_000);
    await tap(page.getByTestId('captcha-image'));
    await expectIdleWipe(page);
    await openHome(page);
    await tap(page.getByTestId('home-login'));
    await expect(page.getByTestId('input-phone')).toHaveValue('');
  } finally {
    await proxy.close();
  }
});

test("every end of a session comes back in the terminal's own language, saying why: 退出登录, a 401, the start-screen button", async ({
  launch,
  api,
}) => {
  test.setTimeout(120_000);
  const { page } = await launch({ config: { ...testConfig(api.url), defaultLocale: 'en' } });
  await expect(page.getByTestId('attract')).toContainText('Touch the screen');
  await tap(page.getByTestId('lang-zh-CN'));
  await openHome(page);
  await registerPerson(api, page, CITIZEN);
  await logOut(page);
  await expect(page.getByTestId('session-notice')).toContainText('You have been logged out');

  // The central API forgets the session (its 30 minutes pass): the next call that needs it wipes the terminal.
  await tap(page.getByTestId('lang-zh-TW'));
  await openHome(page);
  await logIn(api, page, CANARY.phone);
  await expect(page.getByTestId('user-home-welcome')).toBeVisible();
  await advanceClock(api, 31 * 60);
  await tap(page.getByTestId('menu-account-profile'));
  await expect(page.getByTestId('session-notice')).toHaveAttribute('data-notice', 'expired');
  await expect(page.getByTestId('session-notice')).toContainText('Your login timed out');
  expect(await page.evaluate(() => window.kiosk.invoke('account:get'))).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

  // 返回开始页面 from the menu: no notice, English again.
  await tap(page.getByTestId('lang-zh-TW'));
  await openHome(page);
  await tap(page.getByTestId('home-back'));
  await expect(page.getByTestId('attract')).toContainText('Touch the screen');
  await expect(page.getByTestId('session-notice')).toHaveCount(0);
});

test('a reload of the renderer ends the session at the central API and in main', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await openHome(page);
  await registerPerson(api, page, CITIZEN);
  expect(await liveSessions(api, CANARY.phone)).toBe(1);
  await page.reload();
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect.poll(() => liveSessions(api, CANARY.phone)).toBe(0);
  // While the wipe runs main answers nothing (session.ended); then, on the fresh page, nobody is logged in.
  const accountCode = async () => {
    const answer = (await page.evaluate(() => window.kiosk.invoke('account:get')).catch(() => null)) as { error?: { code: string } } | null;
    return answer?.error?.code;
  };
  await expect.poll(accountCode).toBe('unauthorized');
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect(page.getByTestId('user-home-welcome')).toHaveCount(0);
});

test('结束办理 on the idle question ends the session at once, and a touch on the question itself is not taken for 继续', async ({ launch, api }) => {
  const { page } = await launch({ config: { ...testConfig(api.url), idleTimeoutSeconds: 10, idleCountdownSeconds: 60 } });
  await openHome(page);
  await tap(page.getByTestId('home-login'));
  await typeInto(page, 'phone', CANARY.phone);
  await expect(page.getByTestId('idle-dialog')).toBeVisible({ timeout: 15_000 });
  await tap(page.getByTestId('idle-seconds'));
  await expect(page.getByTestId('idle-dialog')).toBeVisible();
  await tap(page.getByTestId('idle-finish'));
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect(page.getByTestId('session-notice')).toHaveCount(0);
  await openHome(page);
  await tap(page.getByTestId('home-login'));
  await expect(page.getByTestId('input-phone')).toHaveValue('');
});
