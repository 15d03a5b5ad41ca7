import { test, expect, tap } from './support/fixtures.ts';
import { PASSWORD, logIn, logOut, openHome, registerPerson, solveCaptcha, verifyPhone, type Person } from './support/account-flows.ts';
import { advanceClock, latestSmsCode } from './support/dev-api.ts';
import { typeChinese, typeInto } from './support/keyboard.ts';

const CITIZEN: Person = { idType: 'resident_id', name: [['zhang', '张'], ['san', '三']], idNumber: '11010519491231002X', phone: '13800000021' };

test('a citizen views the account and changes name, password and phone, each checked at its field', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await openHome(page);
  await registerPerson(api, page, CITIZEN);

  await tap(page.getByTestId('menu-account-profile'));
  await expect(page.getByTestId('profile-name')).toHaveText('张三');
  await expect(page.getByTestId('profile-phone')).toHaveText('138****0021');
  await expect(page.getByTestId('profile-idNumber')).not.toHaveText(CITIZEN.idNumber);

  // 修改姓名: a name of rare-character marks only is refused; a rare character as * is fine.
  await tap(page.getByTestId('menu-account-name'));
  await typeChinese(page, 'name', [['*', '*'], ['*', '*']]);
  await expect(page.getByTestId('field-name-error')).toHaveText(/格式不正确/);
  await typeChinese(page, 'name', [['zhang', '张'], ['*', '*']]);
  await tap(page.getByTestId('account-submit'));
  await expect(page.getByTestId('account-saved')).toBeVisible();
  await expect(page.getByTestId('input-name')).toHaveValue('');
  await tap(page.getByTestId('menu-user-home'));
  await expect(page.getByTestId('user-home-welcome')).toHaveText('张*，欢迎您！');

  // 修改密码: wrong old password, same as old, then a good change.
  await tap(page.getByTestId('menu-account-password'));
  await typeInto(page, 'oldPassword', 'NotMine2026');
  await typeInto(page, 'newPassword', 'Changed2026');
  await typeInto(page, 'confirmPassword', 'Changed2026');
  await tap(page.getByTestId('account-submit'));
  await expect(page.getByTestId('field-oldPassword-error')).toHaveText(/密码不正确/);
  await typeInto(page, 'oldPassword', PASSWORD);
  await typeInto(page, 'newPassword', PASSWORD);
  await typeInto(page, 'confirmPassword', PASSWORD);
  await tap(page.getByTestId('account-submit'));
  await expect(page.getByTestId('field-newPassword-error')).toHaveText(/不能与原密码相同/);
  await typeInto(page, 'oldPassword', PASSWORD);
  await typeInto(page, 'newPassword', 'Changed2026');
  await typeInto(page, 'confirmPassword', 'Changed2026');
  await tap(page.getByTestId('account-submit'));
  await expect(page.getByTestId('account-saved')).toBeVisible();

  // 修改手机号: the current password first; the current number is refused; an expired code is refused; a fresh one works.
  await tap(page.getByTestId('menu-account-phone'));
  await typeInto(page, 'password', 'Changed2026');
  await typeInto(page, 'phone', CITIZEN.phone);
  await solveCaptcha(api, page);
  await tap(page.getByTestId('sms-send'));
  await expect(page.getByTestId('field-phone-error')).toHaveText(/与当前手机号码相同/);
  await typeInto(page, 'phone', '13900000021');
  await verifyPhone(api, page, '13900000021');
  await advanceClock(api, 301);
  await tap(page.getByTestId('account-submit'));
  await expect(page.getByTestId('field-smsCode-error')).toHaveText(/短信验证码已失效/);
  await expect(page.getByTestId('sms-send')).toBeEnabled();
  // The picture on screen expired with the clock too: touch it for a new one.
  await tap(page.getByTestId('captcha-image'));
  await solveCaptcha(api, page);
  await tap(page.getByTestId('sms-send'));
  await typeInto(page, 'smsCode', await latestSmsCode(api, '13900000021', 2));
  await tap(page.getByTestId('account-submit'));
  await expect(page.getByTestId('account-saved')).toBeVisible();
  await expect(page.getByTestId('account-current-phone')).toContainText('139****0021');
  await logOut(page);
  await openHome(page);

  // The new password and the new phone log in.
  await logIn(api, page, '13900000021', 'Changed2026');
  await expect(page.getByTestId('user-home-welcome')).toHaveText('张*，欢迎您！');
});

test('five wrong SMS codes void the code', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await openHome(page);
  await registerPerson(api, page, CITIZEN);
  await tap(page.getByTestId('menu-account-phone'));
  await typeInto(page, 'password', PASSWORD);
  await typeInto(page, 'phone', '13900000022');
  await verifyPhone(api, page, '13900000022');
  const right = await latestSmsCode(api, '13900000022');
  const wrong = right === '000000' ? '111111' : '000000';
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await typeInto(page, 'smsCode', wrong);
    await tap(page.getByTestId('account-submit'));
    await expect(page.getByTestId('field-smsCode-error')).toBeVisible();
  }
  await typeInto(page, 'smsCode', right);
  await tap(page.getByTestId('account-submit'));
  await expect(page.getByTestId('field-smsCode-error')).toHaveText(/错误次数过多/);
});

test('a passer-by at a session left open cannot move the account to their own phone', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await openHome(page);
  await registerPerson(api, page, CITIZEN);
  // The citizen walks away; a passer-by opens 修改手机号 and proves only their own phone.
  const theirs = '13900000023';
  await tap(page.getByTestId('menu-account-phone'));
  await typeInto(page, 'phone', theirs);
  await verifyPhone(api, page, theirs);
  await tap(page.getByTestId('account-submit'));
  await expect(page.getByTestId('field-password-error')).toHaveText(/必填/);
  // Guessing does not help either: a wrong password is refused by the central system.
  await typeInto(page, 'password', 'Guess2026pw');
  await tap(page.getByTestId('account-submit'));
  await expect(page.getByTestId('field-password-error')).toHaveText(/密码不正确/);
  await expect(page.getByTestId('account-current-phone')).toContainText('138****0021');
  // The account is still the citizen's: it answers at its own phone, with its own password.
  await logOut(page);
  await openHome(page);
  await logIn(api, page, CITIZEN.phone);
  await expect(page.getByTestId('user-home-welcome')).toHaveText('张三，欢迎您！');
});
