import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, tap } from './support/fixtures.ts';
import { captchaAnswer, createIdentityAccount } from './support/dev-api.ts';
import { typeInto } from './support/keyboard.ts';
import { CITIZEN, acknowledge, beginApplication, commitAll, fillHomeContractForm, logInCitizen, openKind } from './support/application-flows.ts';

// meta-viewport is left out on purpose: a public terminal must not be left
// pinch-zoomed by one citizen for the next; text is large by design instead
// (body >= 24px, controls >= 32px; see renderer/styles/tokens.css).
const audit = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).disableRules(['meta-viewport']).analyze();

test('attract, home, policy and guide screens pass an axe WCAG 2.1 AA audit in zh-CN and en', async ({ kiosk }) => {
  const { page } = kiosk;
  for (const locale of ['zh-CN', 'en']) {
    await expect(page.getByTestId('attract')).toBeVisible();
    await tap(page.getByTestId(`lang-${locale}`));
    expect((await audit(page)).violations, `attract ${locale}`).toEqual([]);
    await tap(page.getByTestId('attract'));
    await expect(page.getByTestId('home')).toBeVisible();
    expect((await audit(page)).violations, `home ${locale}`).toEqual([]);
    await tap(page.getByTestId('home-policy'));
    await expect(page.getByTestId('policy-document')).toContainText(/\S/);
    expect((await audit(page)).violations, `policy ${locale}`).toEqual([]);
    await tap(page.getByTestId('policy-back'));
    await tap(page.getByTestId('home-guide'));
    await expect(page.getByTestId('guide-document')).toContainText(/\S/);
    expect((await audit(page)).violations, `guide ${locale}`).toEqual([]);
    await tap(page.getByTestId('guide-back'));
    await tap(page.getByTestId('home-back'));
  }
});

test('the account screens pass the audit, with the keyboard open and with errors shown, and fit a finger', async ({ kiosk, api }) => {
  const { page } = kiosk;
  const check = async (name: string) => {
    const { violations } = await audit(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name).toEqual([]);
  };
  await tap(page.getByTestId('attract'));
  await tap(page.getByTestId('home-register'));
  await expect(page.getByTestId('rules-document')).toBeVisible();
  await check('register rules');
  await tap(page.getByTestId('check-read'));
  await tap(page.getByTestId('register-next'));
  await expect(page.getByTestId('captcha-image')).toHaveAttribute('data-status', 'ready');
  await check('personal registration');
  await tap(page.getByTestId('register-submit'));
  await expect(page.getByTestId('field-name-error')).toBeVisible();
  await check('personal registration with errors');
  await tap(page.getByTestId('input-name'));
  await expect(page.getByTestId('touch-keyboard')).toBeVisible();
  await check('personal registration with the keyboard');
  // Every key of the pinyin keyboard is at least 64 px each way.
  for (const box of await page.getByTestId('touch-keyboard').locator('[data-skbtn]').evaluateAll((keys) =>
    keys.map((key) => key.getBoundingClientRect()).map(({ width, height }) => ({ width, height })),
  )) {
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(64);
  }
  // The field being typed into is not under the keyboard.
  const field = await page.getByTestId('input-name').boundingBox();
  const keyboard = await page.getByTestId('touch-keyboard').boundingBox();
  expect(field!.y + field!.height).toBeLessThanOrEqual(keyboard!.y);

  await tap(page.getByTestId('register-form-back'));
  await tap(page.getByTestId('register-back'));
  await tap(page.getByTestId('home-login'));
  await expect(page.getByTestId('captcha-image')).toHaveAttribute('data-status', 'ready');
  await check('login');
  await tap(page.getByTestId('login-identity'));
  await check('identity login');
  await tap(page.getByTestId('identity-register'));
  await expect(page.getByTestId('identity-help')).toBeVisible();
  await check('identity login with the platform notice');

  // The citizen's own pages, after an identity login.
  await createIdentityAccount(api, { kind: 'personal', name: '王芳', idNumber: '440524188001010014', phone: '13500000001', password: 'Identity2026' });
  await typeInto(page, 'loginName', '440524188001010014');
  await typeInto(page, 'password', 'Identity2026');
  await typeInto(page, 'captchaAnswer', await captchaAnswer(api, page));
  await tap(page.getByTestId('identity-submit'));
  await expect(page.getByTestId('user-home')).toBeVisible();
  await check('user home');
  for (const entry of ['account-profile', 'account-name', 'account-password', 'account-phone', 'citizen-guide']) {
    await tap(page.getByTestId(`menu-${entry}`));
    await expect(page.getByTestId('citizen-menu').locator('[aria-current="page"]')).toHaveAttribute('data-testid', `menu-${entry}`);
    await check(entry);
  }
  // Interpolated by a message precompiled at build time (the bundle has no message compiler).
  await tap(page.getByTestId('menu-account-phone'));
  await expect(page.getByTestId('account-current-phone')).toHaveText(/^当前手机号码：135\*{4}0001$/);
});

/** Controls inside `scope` (buttons, inputs, choice cards, ticks) smaller than a finger (72 px) either way, by test hook or text. */
function smallTargets(page: Page, scope: string): Promise<string[]> {
  return page.locator(scope).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [...root.querySelectorAll<HTMLElement>('button, input:not([type="radio"]):not([type="checkbox"]), label:has(input)')]
        .filter((element) => element.getClientRects().length > 0 && !element.closest('[data-testid="touch-keyboard"]'))
        .filter((element) => {
          const { width, height } = element.getBoundingClientRect();
          return Math.min(width, height) < 72;
        })
        .map((element) => element.dataset.testid ?? element.textContent?.trim() ?? element.tagName),
    ),
  );
}

test('the application screens pass the audit, with errors and pickers open, and every control fits a finger', async ({ kiosk, api }) => {
  const { page } = kiosk;
  const check = async (name: string, scope = '[data-testid="wizard"]') => {
    const { violations } = await audit(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name).toEqual([]);
    expect(await smallTargets(page, scope), `${name}: controls under 72 px`).toEqual([]);
  };
  await logInCitizen(api, page);
  await check('user home', '[data-testid="user-home"]');
  await openKind(page, 'incremental');
  await check('kind page', '[data-testid="indicator-kind"]');
  await beginApplication(page, 'regular_lottery', 'nonlocal_home_contract');
  await check('填报说明');
  await acknowledge(page);
  await tap(page.getByTestId('wizard-next'));
  await expect(page.getByTestId('field-residenceArea-error')).toBeVisible();
  await check('申报填写 with errors');
  await tap(page.getByTestId('area-residenceArea'));
  await check('area picker', '[data-testid="area-picker"]');
  await tap(page.getByTestId('picker-city-460100'));
  await tap(page.getByTestId('picker-district-460106'));
  await fillHomeContractForm(page, CITIZEN.idNumber);
  await tap(page.getByTestId('input-email'));
  await check('申报填写 with the keyboard');
  await tap(page.getByTestId('wizard-next'));
  await expect(page.getByTestId('review')).toBeVisible();
  await check('信息确认');
  await commitAll(page);
  await tap(page.getByTestId('wizard-submit'));
  await expect(page.getByTestId('receipt-qr')).toBeVisible();
  await check('完成申请');
  await tap(page.getByTestId('done-home'));
  await openKind(page, 'incremental');
  await tap(page.getByTestId('applications-table').locator('[data-testid$="-view"]'));
  await expect(page.getByTestId('detail-history')).toBeVisible();
  await check('查看', '[data-testid="application-detail"]');
  await tap(page.getByTestId('detail-cancel'));
  await check('取消申请', '[data-testid="cancel-dialog"]');
  await tap(page.getByTestId('cancel-dialog-keep'));
  await tap(page.getByTestId('menu-periods'));
  await expect(page.locator('[data-testid^="period-2"]').first()).toBeVisible();
  await check('往期增量详情', '[data-testid="periods"]');
  await tap(page.getByTestId('menu-kind-renewal'));
  await beginApplication(page, 'renewal', 'renewal_personal');
  await acknowledge(page);
  await tap(page.getByTestId('date-plateIssuedOn'));
  await check('date picker', '[data-testid="date-picker"]');
});
