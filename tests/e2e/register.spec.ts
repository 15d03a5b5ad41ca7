import { test, expect, tap } from './support/fixtures.ts';
import { PASSWORD, fillPersonalForm, logOut, openHome, openRegistration, registerPerson, solveCaptcha, verifyPhone, type Person } from './support/account-flows.ts';
import { smsInbox } from './support/dev-api.ts';
import { typeChinese, typeInto } from './support/keyboard.ts';

/** One registration per document type; every value is typed on the touch keyboard. */
const PEOPLE: readonly Person[] = [
  { idType: 'resident_id', name: [['zhang', '张'], ['san', '三']], idNumber: '11010519491231002X', phone: '13800000001' },
  { idType: 'residence_permit', name: [['chen', '陈'], ['*', '*'], ['ming', '明']], idNumber: '810000199001010019', phone: '13800000002' },
  { idType: 'foreign_permanent_id', name: 'John Smith', idNumber: 'USA123456789012', phone: '13800000003' },
  { idType: 'hk_macao_permit', name: [['li', '李'], ['hua', '华']], idNumber: 'H12345678', phone: '13800000004' },
  { idType: 'taiwan_permit', name: [['lin', '林'], ['zhi', '志']], idNumber: '12345678', phone: '13800000005' },
  { idType: 'passport', name: 'Anna Muller', idNumber: 'E12345678', phone: '13800000006' },
];

for (const person of PEOPLE) {
  test(`a citizen registers with a ${person.idType} document, lands on the user home and logs out`, async ({ kiosk, api }) => {
    const { page } = kiosk;
    await openHome(page);
    await registerPerson(api, page, person);
    await expect(page.getByTestId('citizen-menu')).toBeVisible();
    await logOut(page);
  });
}

test('going back to re-read the rules keeps the form and the tick; the user home says 注册成功', async ({ kiosk, api }) => {
  const { page } = kiosk;
  const person: Person = { idType: 'hk_macao_permit', name: [['li', '李'], ['hua', '华']], idNumber: 'H12345678', phone: '13800000007' };
  await openHome(page);
  await openRegistration(page, 'personal');
  await fillPersonalForm(api, page, person);

  await tap(page.getByTestId('register-form-back'));
  await expect(page.getByTestId('rules-document')).toBeVisible();
  await expect(page.getByTestId('check-read')).toHaveAttribute('data-checked', 'true');
  await tap(page.getByTestId('register-next'));
  await expect(page.getByTestId('input-name')).toHaveValue('李华');
  await expect(page.getByTestId('input-idNumber')).toHaveValue('H12345678');
  await expect(page.getByTestId('input-phone')).toHaveValue(person.phone);
  await expect(page.getByTestId('input-password')).toHaveValue(PASSWORD);
  // The picture code is a new one, typed again.
  await expect(page.getByTestId('input-captchaAnswer')).toHaveValue('');
  await solveCaptcha(api, page);
  await tap(page.getByTestId('register-submit'));
  await expect(page.getByTestId('user-home-notice')).toHaveText('注册成功！您已登录，可以办理业务。');
  await tap(page.getByTestId('menu-account-profile'));
  await tap(page.getByTestId('menu-user-home'));
  await expect(page.getByTestId('user-home-welcome')).toBeVisible();
  await expect(page.getByTestId('user-home-notice')).toHaveCount(0);

  // Registered: the draft is gone, the next citizen starts from nothing.
  await logOut(page);
  await openHome(page);
  await tap(page.getByTestId('home-register'));
  await expect(page.getByTestId('check-read')).toHaveAttribute('data-checked', 'false');
  await tap(page.getByTestId('check-read'));
  await tap(page.getByTestId('register-next'));
  await expect(page.getByTestId('input-name')).toHaveValue('');
  await expect(page.getByTestId('input-phone')).toHaveValue('');
});

test('a unit registers with its credit code and its contact person, in English', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await tap(page.getByTestId('lang-en'));
  await openHome(page);
  await openRegistration(page, 'unit');
  await typeChinese(page, 'unitName', [['hai', '海'], ['kou', '口'], ['qi', '汽'], ['che', '车']]);
  await typeInto(page, 'creditCode', '91350100M0001TGQXM');
  // An early pilot code: warned about, not refused.
  await expect(page.getByTestId('field-creditCode-warning')).toContainText('pilot');
  await typeChinese(page, 'contactName', [['wang', '王'], ['wu', '五']]);
  await typeInto(page, 'contactIdNumber', '440524188001010014');
  await typeInto(page, 'phone', '13900000001');
  await verifyPhone(api, page, '13900000001');
  await typeInto(page, 'password', 'Unit2026pass');
  await typeInto(page, 'confirmPassword', 'Unit2026pass');
  // The picture code was used by the SMS request: the form shows a new one, to be typed before submitting.
  await expect(page.getByTestId('field-captchaAnswer-hint')).toBeVisible();
  await tap(page.getByTestId('register-submit'));
  await expect(page.getByTestId('field-captchaAnswer-error')).toBeVisible();
  await solveCaptcha(api, page);
  await tap(page.getByTestId('register-submit'));
  await expect(page.getByTestId('user-home-welcome')).toContainText('Welcome, 海口汽车');
  await tap(page.getByTestId('menu-account-profile'));
  await expect(page.getByTestId('profile-creditCode')).toHaveText('91350100M0001TGQXM');
  await expect(page.getByTestId('profile-contactName')).toHaveText('王五');
  await expect(page.getByTestId('profile-idNumber')).not.toContainText('440524188001010014');
});

test('a unit registers in Chinese with a foreign contact person; its credit code cannot be registered twice', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await openHome(page);
  const fillUnit = async (phone: string) => {
    await openRegistration(page, 'unit');
    await typeChinese(page, 'unitName', [['ye', '椰'], ['feng', '风'], ['mao', '贸'], ['yi', '易']]);
    // A letter outside the credit-code alphabet (I) is refused at once.
    await typeInto(page, 'creditCode', '9111000060003734IL');
    await expect(page.getByTestId('field-creditCode-error')).toHaveText(/不允许的字符/);
    await typeInto(page, 'creditCode', '91110000600037341L');
    await expect(page.getByTestId('field-creditCode-error')).toHaveCount(0);
    await expect(page.getByTestId('field-creditCode-warning')).toHaveCount(0);
    await tap(page.getByTestId('choice-contactIdType-passport'));
    await typeInto(page, 'contactName', 'Anna Muller');
    await typeInto(page, 'contactIdNumber', 'E12345678');
    await typeInto(page, 'phone', phone);
    await verifyPhone(api, page, phone);
    await typeInto(page, 'password', 'Unit2026pass');
    await typeInto(page, 'confirmPassword', 'Unit2026pass');
    await solveCaptcha(api, page);
    await tap(page.getByTestId('register-submit'));
  };
  await fillUnit('13900000011');
  await expect(page.getByTestId('user-home-welcome')).toHaveText('椰风贸易，欢迎您！');
  await logOut(page);
  await openHome(page);
  await fillUnit('13900000012');
  await expect(page.getByTestId('field-creditCode-error')).toHaveText(/该统一社会信用代码已被注册/);
  await expect(page.getByTestId('register-unit')).toBeVisible();
});

test('bad input is refused at its field, in the citizen language, and nothing is registered', async ({ kiosk }) => {
  const { page } = kiosk;
  await openHome(page);
  await tap(page.getByTestId('home-register'));
  // 下一步 without ticking 我已阅读.
  await tap(page.getByTestId('register-next'));
  await expect(page.getByTestId('field-read-error')).toContainText('请先阅读');
  await tap(page.getByTestId('check-read'));
  await tap(page.getByTestId('register-next'));

  // Wrong check character, short password, mismatched confirmation: each at its field, on leaving it.
  await typeInto(page, 'idNumber', '110105194912310021');
  await expect(page.getByTestId('field-idNumber-error')).toHaveText(/校验位不正确/);
  await typeInto(page, 'password', 'Ab1');
  await expect(page.getByTestId('field-password-error')).toHaveText(/长度不足/);
  await typeInto(page, 'password', 'abcdefgh1');
  await expect(page.getByTestId('field-password-error')).toHaveText(/大写字母/);
  await typeInto(page, 'password', 'Abcdefgh1');
  await expect(page.getByTestId('field-password-error')).toHaveCount(0);
  await typeInto(page, 'confirmPassword', 'Abcdefgh2');
  await expect(page.getByTestId('field-confirmPassword-error')).toHaveText(/不一致/);

  // Submitting the half-filled form names every missing field and sends nothing.
  await tap(page.getByTestId('register-submit'));
  await expect(page.getByTestId('field-name-error')).toHaveText(/必填/);
  await expect(page.getByTestId('field-phone-error')).toHaveText(/必填/);
  await expect(page.getByTestId('field-smsCode-error')).toHaveText(/必填/);
  await expect(page.getByTestId('register-personal')).toBeVisible();

  // A wrong picture code is refused at its field and replaced.
  await typeInto(page, 'phone', '13700000001');
  await typeInto(page, 'captchaAnswer', 'ZZZZ');
  const firstCaptcha = await page.getByTestId('captcha-image').getAttribute('data-captcha-id');
  await tap(page.getByTestId('sms-send'));
  await expect(page.getByTestId('field-captchaAnswer-error')).toHaveText(/图片验证码不正确/);
  await expect(page.getByTestId('captcha-image')).not.toHaveAttribute('data-captcha-id', firstCaptcha!);
});

test('a duplicate ID number or phone, or a wrong SMS code, is refused by the central system at its field', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await openHome(page);
  const first: Person = { idType: 'resident_id', name: [['zhao', '赵'], ['liu', '六']], idNumber: '11010519491231002X', phone: '13600000001' };
  await registerPerson(api, page, first);
  await logOut(page);
  await openHome(page);

  // The same phone is refused before any SMS is sent.
  await openRegistration(page, 'personal');
  await typeInto(page, 'phone', first.phone);
  await solveCaptcha(api, page);
  await tap(page.getByTestId('sms-send'));
  await expect(page.getByTestId('field-phone-error')).toHaveText(/该手机号码已被注册/);
  await expect(await smsInbox(api, first.phone)).toHaveLength(1);

  // The same ID number with a new phone is refused at the ID number.
  await fillPersonalForm(api, page, { ...first, phone: '13600000002' });
  await tap(page.getByTestId('register-submit'));
  await expect(page.getByTestId('field-idNumber-error')).toHaveText(/该证件号码已被注册/);

  // A fresh ID number, but a wrong SMS code.
  await typeInto(page, 'idNumber', '440524188001010014');
  await typeInto(page, 'smsCode', '000000');
  await solveCaptcha(api, page);
  await tap(page.getByTestId('register-submit'));
  await expect(page.getByTestId('field-smsCode-error')).toHaveText(/短信验证码不正确/);
  await expect(page.getByTestId('register-personal')).toBeVisible();
});
