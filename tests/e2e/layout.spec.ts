import type { Page } from '@playwright/test';
import { ID_TYPES } from '../../shared/validation/id-number.ts';
import { IDENTITY_KINDS, USER_TYPES } from '../../shared/validation/kinds.ts';
import { test, expect, tap } from './support/fixtures.ts';
import { openHome } from './support/account-flows.ts';
import { createIdentityAccount } from './support/dev-api.ts';
import { typeInto } from './support/keyboard.ts';
import { expectEveryFieldAboveKeyboard } from './support/layout.ts';

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

test('every field of every account form stays in view above the keyboard while it is typed into', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await openHome(page);

  // Registration: each document type brings its own fields and keyboards.
  await openRegistrationForm(page, 'personal');
  for (const idType of ID_TYPES) {
    await tap(page.getByTestId(`choice-idType-${idType}`));
    await expectEveryFieldAboveKeyboard(page, 'register-personal');
  }
  await tap(page.getByTestId('register-form-back'));
  await tap(page.getByTestId('register-back'));
  await openRegistrationForm(page, 'unit');
  for (const idType of ID_TYPES) {
    await tap(page.getByTestId(`choice-contactIdType-${idType}`));
    await expectEveryFieldAboveKeyboard(page, 'register-unit');
  }
  await tap(page.getByTestId('register-form-back'));
  await tap(page.getByTestId('register-back'));

  // Login, personal and unit; the identity platform, both kinds and both methods; the password reset.
  await tap(page.getByTestId('home-login'));
  for (const userType of USER_TYPES) {
    await tap(page.getByTestId(`tab-userType-${userType}`));
    await expectEveryFieldAboveKeyboard(page, 'login');
  }
  await tap(page.getByTestId('login-forgot'));
  await expectEveryFieldAboveKeyboard(page, 'forgot-password');
  await tap(page.getByTestId('forgot-back'));
  await tap(page.getByTestId('login-identity'));
  for (const kind of IDENTITY_KINDS) {
    for (const method of ['password', 'sms']) {
      await tap(page.getByTestId(`tab-kind-${kind}`));
      await tap(page.getByTestId(`tab-method-${method}`));
      await expectEveryFieldAboveKeyboard(page, 'identity-login');
    }
  }

  // The account pages, after logging in.
  await createIdentityAccount(api, PERSON);
  await tap(page.getByTestId('tab-kind-personal'));
  await tap(page.getByTestId('tab-method-password'));
  await typeInto(page, 'idNumber', PERSON.idNumber);
  await typeInto(page, 'password', PERSON.password);
  await tap(page.getByTestId('identity-submit'));
  await expect(page.getByTestId('user-home')).toBeVisible();
  for (const screen of ['account-name', 'account-password', 'account-phone']) {
    await tap(page.getByTestId(`menu-${screen}`));
    await expectEveryFieldAboveKeyboard(page, screen);
  }
});
