import { expect, type Page } from '@playwright/test';
import type { RunningServer } from '../../../server/app.ts';
import type { IdType } from '../../../shared/validation/id-number.ts';
import { captchaAnswer, latestSmsCode, smsInbox } from './dev-api.ts';
import { tap } from './fixtures.ts';
import { typeChinese, typeInto, type Hanzi } from './keyboard.ts';

/** Steps a citizen takes again and again, all by touch on the on-screen keyboard. */

export const PASSWORD = 'Hainan2026';

/** A name as typed: Chinese spelled in pinyin, or Latin letters. */
export type TypedName = Hanzi | string;

export async function typeName(page: Page, field: string, name: TypedName): Promise<void> {
  if (typeof name === 'string') await typeInto(page, field, name);
  else await typeChinese(page, field, name);
}

export const nameText = (name: TypedName) => (typeof name === 'string' ? name : name.map(([, c]) => c).join(''));

/** From the attract screen to the home menu. */
export async function openHome(page: Page): Promise<void> {
  await tap(page.getByTestId('attract'));
  await expect(page.getByTestId('home')).toBeVisible();
}

/** Types the picture code on screen. */
export async function solveCaptcha(api: RunningServer, page: Page): Promise<void> {
  await typeInto(page, 'captchaAnswer', await captchaAnswer(api, page));
}

/** Picture code, 获取短信验证码, then the code from the SMS inbox; a new picture is on screen afterwards. */
export async function verifyPhone(api: RunningServer, page: Page, phone: string): Promise<void> {
  const before = (await smsInbox(api, phone)).length;
  await solveCaptcha(api, page);
  await tap(page.getByTestId('sms-send'));
  await expect(page.getByTestId('sms-sent')).toBeVisible();
  await expect(page.getByTestId('sms-send')).toBeDisabled();
  await typeInto(page, 'smsCode', await latestSmsCode(api, phone, before + 1));
}

/** Home -> 注册 -> tick 我已阅读, choose the user type -> 下一步. */
export async function openRegistration(page: Page, userType: 'personal' | 'unit'): Promise<void> {
  await tap(page.getByTestId('home-register'));
  await expect(page.getByTestId('rules-document')).toBeVisible();
  await tap(page.getByTestId('check-read'));
  await tap(page.getByTestId(`choice-userType-${userType}`));
  await tap(page.getByTestId('register-next'));
  await expect(page.getByTestId(`register-${userType}`)).toBeVisible();
}

export interface Person {
  name: TypedName;
  idType: IdType;
  idNumber: string;
  phone: string;
  password?: string;
}

/** Fills the personal form (without submitting), ending with the new picture code the submission needs. */
export async function fillPersonalForm(api: RunningServer, page: Page, person: Person): Promise<void> {
  await tap(page.getByTestId(`choice-idType-${person.idType}`));
  await typeName(page, 'name', person.name);
  await typeInto(page, 'idNumber', person.idNumber);
  await typeInto(page, 'phone', person.phone);
  await verifyPhone(api, page, person.phone);
  await typeInto(page, 'password', person.password ?? PASSWORD);
  await typeInto(page, 'confirmPassword', person.password ?? PASSWORD);
  await solveCaptcha(api, page);
}

/** Registers a person from the home menu and lands on the user home. */
export async function registerPerson(api: RunningServer, page: Page, person: Person): Promise<void> {
  await openRegistration(page, 'personal');
  await fillPersonalForm(api, page, person);
  await tap(page.getByTestId('register-submit'));
  await expect(page.getByTestId('user-home-welcome')).toContainText(nameText(person.name));
}

/** Home -> 登录, then phone + password + picture code. */
export async function logIn(api: RunningServer, page: Page, phone: string, password = PASSWORD, userType: 'personal' | 'unit' = 'personal'): Promise<void> {
  await tap(page.getByTestId('home-login'));
  await expect(page.getByTestId('login')).toBeVisible();
  if (userType === 'unit') await tap(page.getByTestId('tab-userType-unit'));
  await typeInto(page, 'phone', phone);
  await typeInto(page, 'password', password);
  await solveCaptcha(api, page);
  await tap(page.getByTestId('login-submit'));
}

/** Home -> 登录 -> 海南省政务服务网登录. */
export async function openIdentityLogin(page: Page): Promise<void> {
  await tap(page.getByTestId('home-login'));
  await tap(page.getByTestId('login-identity'));
  await expect(page.getByTestId('identity-login')).toBeVisible();
}

/** On the identity login's password tab: the login name (or credit code), the password, the picture code, 登录. */
export async function submitIdentityPassword(api: RunningServer, page: Page, field: 'loginName' | 'creditCode', name: string, password: string): Promise<void> {
  await typeInto(page, field, name);
  await typeInto(page, 'password', password);
  await solveCaptcha(api, page);
  await tap(page.getByTestId('identity-submit'));
}

/** 退出登录 from the citizen menu: the kiosk wipes the session and shows the start screen, saying so. */
export async function logOut(page: Page): Promise<void> {
  await tap(page.getByTestId('menu-logout'));
  await expect(page.getByTestId('session-notice')).toHaveAttribute('data-notice', 'logout');
  await expect(page.getByTestId('attract')).toBeVisible();
}
