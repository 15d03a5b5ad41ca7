import type { Page } from '@playwright/test';
import { ID_TYPES } from '../../shared/validation/id-number.ts';
import { LOCALES } from '../../shared/locales.ts';
import { IDENTITY_KINDS, USER_TYPES } from '../../shared/validation/kinds.ts';
import { test, expect, tap } from './support/fixtures.ts';
import { openHome, openIdentityLogin, submitIdentityPassword } from './support/account-flows.ts';
import type { RunningServer } from '../../server/app.ts';
import { createIdentityAccount } from './support/dev-api.ts';
import { expectEveryFieldAboveKeyboard, expectFullyInView, expectPrimaryActionInView } from './support/layout.ts';

const PERSON = { kind: 'personal', name: '王芳', idNumber: '440524188001010014', phone: '13500000001', password: 'Identity2026' } as const;

/** Home -> 注册 -> 我已阅读 (unless still ticked), the user type -> 下一步. */
async function openRegistrationForm(page: Page, userType: 'personal' | 'unit'): Promise<void> {
  await tap(page.getByTestId('home-register'));
  await expect(page.getByTestId('rules-document')).toBeVisible();
  if ((await page.getByTestId('check-read').getAttribute('data-checked')) !== 'true') await tap(page.getByTestId('check-read'));
  await tap(page.getByTestId(`choice-userType-${userType}`));
  await tap(page.getByTestId('register-next'));
  await expect(page.getByTestId(`register-${userType}`)).toBeVisible();
}

test('every field of every account form stays in view above the keyboard while it is typed into, and so does the main action', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await openHome(page);

  // Registration: each document type brings its own fields and keyboards.
  for (const [userType, idTypeField] of [['personal', 'idType'], ['unit', 'contactIdType']] as const) {
    await openRegistrationForm(page, userType);
    for (const idType of ID_TYPES) {
      await tap(page.getByTestId(`choice-${idTypeField}-${idType}`));
      await expectEveryFieldAboveKeyboard(page, `register-${userType}`, 'register-submit');
    }
    await tap(page.getByTestId('register-form-back'));
    await tap(page.getByTestId('register-back'));
  }

  // Login, personal and unit; the identity platform, both kinds and both methods; the password reset.
  await tap(page.getByTestId('home-login'));
  for (const userType of USER_TYPES) {
    await tap(page.getByTestId(`tab-userType-${userType}`));
    await expectEveryFieldAboveKeyboard(page, 'login', 'login-submit');
  }
  await tap(page.getByTestId('login-forgot'));
  await expectEveryFieldAboveKeyboard(page, 'forgot-password', 'forgot-submit');
  await tap(page.getByTestId('forgot-back'));
  await tap(page.getByTestId('login-identity'));
  for (const kind of IDENTITY_KINDS) {
    for (const method of ['password', 'sms']) {
      await tap(page.getByTestId(`tab-kind-${kind}`));
      await tap(page.getByTestId(`tab-method-${method}`));
      await expectEveryFieldAboveKeyboard(page, 'identity-login', 'identity-submit');
    }
  }

  // The account pages, after logging in.
  await createIdentityAccount(api, PERSON);
  await tap(page.getByTestId('tab-kind-personal'));
  await tap(page.getByTestId('tab-method-password'));
  await submitIdentityPassword(api, page, 'loginName', PERSON.idNumber, PERSON.password);
  await expect(page.getByTestId('user-home')).toBeVisible();
  for (const screen of ['account-name', 'account-password', 'account-phone']) {
    await tap(page.getByTestId(`menu-${screen}`));
    await expectEveryFieldAboveKeyboard(page, screen, 'account-submit');
  }
});

/** Logs PERSON in through the identity platform, from the home screen. */
async function logInFromHome(page: Page, api: RunningServer): Promise<void> {
  await openIdentityLogin(page);
  await submitIdentityPassword(api, page, 'loginName', PERSON.idNumber, PERSON.password);
  await expect(page.getByTestId('user-home')).toBeVisible();
}

test('each screen opens with its main action fully in view, in Chinese and in English', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await createIdentityAccount(api, PERSON);
  /** Opens a screen with `open` and checks its main actions on arrival. */
  const arrive = async (open: string, screen: string, actions: readonly string[]) => {
    await tap(page.getByTestId(open));
    await expect(page.getByTestId(screen)).toBeVisible();
    for (const action of actions) await expectPrimaryActionInView(page, action);
  };
  for (const locale of ['zh-CN', 'en']) {
    await tap(page.getByTestId(`lang-${locale}`));
    await arrive('attract', 'home', ['home-register', 'home-login', 'home-policy', 'home-guide', 'home-hotlines']);
    await arrive('home-policy', 'policy', ['policy-page-down']);
    await tap(page.getByTestId('policy-back'));
    await arrive('home-register', 'register-rules', ['register-next']);
    await tap(page.getByTestId('check-read'));
    await arrive('register-next', 'register-personal', ['register-submit']);
    await tap(page.getByTestId('register-form-back'));
    if ((await page.getByTestId('check-read').getAttribute('data-checked')) !== 'true') await tap(page.getByTestId('check-read'));
    await tap(page.getByTestId('choice-userType-unit'));
    await arrive('register-next', 'register-unit', ['register-submit']);
    await tap(page.getByTestId('register-form-back'));
    await tap(page.getByTestId('register-back'));
    await arrive('home-login', 'login', ['login-submit', 'login-identity']);
    await arrive('login-forgot', 'forgot-password', ['forgot-submit']);
    await tap(page.getByTestId('forgot-back'));
    await arrive('login-identity', 'identity-login', ['identity-submit']);
    await tap(page.getByTestId('identity-back'));
    await tap(page.getByTestId('login-back'));

    await logInFromHome(page, api);
    for (const screen of ['account-name', 'account-password', 'account-phone']) await arrive(`menu-${screen}`, screen, ['account-submit']);
    await arrive('menu-citizen-guide', 'guide', ['guide-page-down']);
    // 退出登录 wipes the session and brings back the start screen.
    await tap(page.getByTestId('menu-logout'));
    await expect(page.getByTestId('attract')).toBeVisible();
  }
});

test('a form longer than the screen says there is more below; the cue scrolls down and goes at the end', async ({ kiosk }) => {
  const { page } = kiosk;
  await openHome(page);
  await tap(page.getByTestId('home-login'));
  await expect(page.getByTestId('captcha-image')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('scroll-cue'), 'the login form fits: no cue').toBeHidden();
  await tap(page.getByTestId('login-back'));

  await openRegistrationForm(page, 'personal');
  const cue = page.getByTestId('scroll-cue');
  await expect(cue).toBeVisible();
  // One touch scrolls by most of a screen: more than this form has left below.
  await tap(cue);
  await expect(cue).toBeHidden();
  await expectFullyInView(page.getByTestId('input-confirmPassword'), 'the end of the form is in view');
});

test('every entry of the citizen menu fits on one line with its whole icon, in every language', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await createIdentityAccount(api, PERSON);
  await openHome(page);
  await logInFromHome(page, api);
  const entries = page.getByTestId('citizen-menu').locator('button');
  for (const locale of LOCALES) {
    await tap(page.getByTestId(`lang-${locale}`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const drawn = await entries.evaluateAll((buttons) =>
      buttons.map((button) => ({
        label: button.textContent?.trim(),
        lines: (() => {
          const range = document.createRange();
          range.selectNodeContents(button.querySelector('span')!);
          return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size;
        })(),
        // Every stroke (2 units wide) inside the icon's 24x24 box: nothing clipped at its edges.
        iconInside: [...button.querySelectorAll('svg path')].every((path) => {
          const box = (path as SVGPathElement).getBBox();
          return box.x >= 1 && box.y >= 1 && box.x + box.width <= 23 && box.y + box.height <= 23;
        }),
      })),
    );
    for (const entry of drawn) expect(entry, `${locale}: ${entry.label}`).toMatchObject({ lines: 1, iconInside: true });
  }
});
