import { test, expect, tap } from './support/fixtures.ts';
import { openHome, openIdentityLogin, submitIdentityPassword } from './support/account-flows.ts';
import { createIdentityAccount } from './support/dev-api.ts';

test('政策咨询 and 办事指南 in the citizen menu each show their own text, one after the other', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await createIdentityAccount(api, { kind: 'personal', name: '王芳', idNumber: '440524188001010014', phone: '13500000001', password: 'Identity2026' });
  await openHome(page);
  await openIdentityLogin(page);
  await submitIdentityPassword(api, page, 'loginName', '440524188001010014', 'Identity2026');
  await expect(page.getByTestId('user-home')).toBeVisible();

  for (let round = 0; round < 2; round += 1) {
    await tap(page.getByTestId('menu-citizen-policy'));
    await expect(page.getByTestId('policy-document')).toContainText('海南省小客车保有量调控管理办法');
    await expect(page.getByTestId('policy-document')).not.toContainText('咨询电话');
    await tap(page.getByTestId('menu-citizen-guide'));
    await expect(page.getByTestId('guide-document')).toContainText('办事指南');
    await expect(page.getByTestId('guide-document')).toContainText('咨询电话');
    await expect(page.getByTestId('guide-document')).not.toContainText('第一条');
  }
});

test('政策咨询 shows the Measures with the date they were published', async ({ kiosk }) => {
  const { page } = kiosk;
  await openHome(page);
  await tap(page.getByTestId('home-policy'));
  await expect(page.getByTestId('policy-published')).toHaveText('发布日期：2018年7月31日');
  await tap(page.getByTestId('lang-en'));
  await expect(page.getByTestId('policy-published')).toHaveText('Published: July 31, 2018');
});

test('the service guide and the help lines are on the home screen, before any login', async ({ kiosk }) => {
  const { page } = kiosk;
  await openHome(page);
  await expect(page.getByTestId('home-hotlines')).toContainText('0898-68835091');
  await tap(page.getByTestId('home-guide'));
  await expect(page.getByTestId('guide-document')).toContainText('在左侧菜单的“指标业务办理”中选择增量指标、更新指标或其他指标');
  await expect(page.getByTestId('guide-document')).toContainText('0898-68835099');
  await tap(page.getByTestId('guide-back'));
  await expect(page.getByTestId('home')).toBeVisible();
});
