import type { Page } from '@playwright/test';
import { HANGZHOU_CATALOG } from '../../shared/catalog/data/hangzhou.ts';
import type { RunningServer } from '../../server/app.ts';
import { test, expect, tap } from './support/fixtures.ts';
import { solveCaptcha } from './support/account-flows.ts';
import { CITIZEN, acknowledge, beginApplication, commitAll, expectStep, logInCitizen, openKind, pickArea, toReview } from './support/application-flows.ts';
import { drawPeriod, latestSmsCode, review, smsInbox } from './support/dev-api.ts';
import { typeInto } from './support/keyboard.ts';
import { expectEveryFieldAboveKeyboard, expectPrimaryActionInView } from './support/layout.ts';

/** Hangzhou 本市户籍人员: 户籍所在区县, the licence, the ladder question, the address. */
async function fillLocalResidentForm(page: Page, ladder: 'yes' | 'no'): Promise<void> {
  await pickArea(page, 'hukouArea', '330100', '330106');
  await typeInto(page, 'licenceNumber', CITIZEN.idNumber);
  await typeInto(page, 'licenceFileNumber', '330100123456');
  await tap(page.getByTestId(`choice-ladderOptIn-${ladder}`));
  await pickArea(page, 'residenceArea', '330100', '330108');
  await typeInto(page, 'address', 'Wensan Road 1');
  await typeInto(page, 'postcode', '310012');
}

/** 短信确认: the account's phone, the picture code, 获取短信验证码; the code sent. */
async function askForCode(api: RunningServer, page: Page): Promise<string> {
  const before = (await smsInbox(api, CITIZEN.phone)).length;
  await typeInto(page, 'phone', CITIZEN.phone);
  await solveCaptcha(api, page);
  await tap(page.getByTestId('sms-send'));
  await expect(page.getByTestId('sms-sent')).toBeVisible();
  return latestSmsCode(api, CITIZEN.phone, before + 1);
}

test.describe('Hangzhou', () => {
  test.use({ apiCatalog: 'hangzhou' });

  test('an application confirmed by SMS: a wrong code is refused at its field, the right one submits; 是否参加阶梯摇号 enrols', async ({ kiosk, api }) => {
    const { page } = kiosk;
    await logInCitizen(api, page);
    await expect(page.getByTestId('menu-ladder')).toBeVisible();
    await openKind(page, 'incremental');
    await beginApplication(page, 'regular_lottery', 'local_resident');
    await expect(page.getByTestId('wizard-step-sms_confirm')).toBeVisible();
    await acknowledge(page);
    await fillLocalResidentForm(page, 'yes');
    await expectEveryFieldAboveKeyboard(page, 'application-form', 'wizard-next');
    await toReview(page);
    await expect(page.getByTestId('review-ladderOptIn')).toContainText('是');
    await commitAll(page);
    await tap(page.getByTestId('wizard-next'));
    await expectStep(page, 'sms_confirm');
    await expect(page.getByTestId('sms-intro')).toContainText('135****0001');
    await expectEveryFieldAboveKeyboard(page, 'sms-confirm', 'wizard-submit');

    const code = await askForCode(api, page);
    await typeInto(page, 'smsCode', code === '000000' ? '111111' : '000000');
    await tap(page.getByTestId('wizard-submit'));
    await expect(page.getByTestId('field-smsCode-error')).toHaveText(/短信验证码不正确/);
    await expectStep(page, 'sms_confirm');
    await typeInto(page, 'smsCode', code);
    await tap(page.getByTestId('wizard-submit'));
    await expectStep(page, 'done');
    await expect(page.getByTestId('notice-check_results')).toBeVisible();
    const application = (await page.getByTestId('receipt-code').textContent())!.trim();

    await tap(page.getByTestId('done-home'));
    await openKind(page, 'incremental');
    await expect(page.getByTestId(`application-${application}-status`)).toContainText('新申请');
    await tap(page.getByTestId('menu-ladder'));
    await expect(page.getByTestId('ladder-count')).toContainText('您已累计参加杭州市小客车增量指标摇号 0 次');
    await expect(page.getByTestId('ladder-enrol'), 'the application enrolled: no button').toHaveCount(0);
  });
});

/** Hangzhou with no indicators to allocate: every draw is 未中签, so the ladder counts it. */
const NOTHING_TO_WIN = {
  ...HANGZHOU_CATALOG,
  periods: HANGZHOU_CATALOG.periods.map((period) => ({ ...period, quotas: { regular_lottery: 0 } })),
};

test.describe('Hangzhou, draws without winners', () => {
  test.use({ apiCatalog: NOTHING_TO_WIN });

  test('参加阶梯摇号: asked first, then 报名成功 and the button is gone; 详情 lists each draw taken part in, by year', async ({ kiosk, api }) => {
    const { page } = kiosk;
    await logInCitizen(api, page);
    await tap(page.getByTestId('menu-ladder'));
    await expect(page.getByTestId('ladder-validity')).toContainText('12个月');
    await tap(page.getByTestId('ladder-enrol'));
    await tap(page.getByTestId('ladder-dialog-keep'));
    await expect(page.getByTestId('ladder-prompt')).toBeVisible();
    await tap(page.getByTestId('ladder-enrol'));
    await tap(page.getByTestId('ladder-dialog-confirm'));
    await expect(page.getByTestId('ladder-enrolled')).toContainText('报名成功');
    await expect(page.getByTestId('ladder-enrol')).toHaveCount(0);
    await tap(page.getByTestId('ladder-details'));
    await expect(page.getByTestId('ladder-no-periods')).toBeVisible();

    // One draw taken part in, not won.
    await openKind(page, 'incremental');
    await beginApplication(page, 'regular_lottery', 'local_resident');
    await acknowledge(page);
    await fillLocalResidentForm(page, 'no');
    await toReview(page);
    await commitAll(page);
    await tap(page.getByTestId('wizard-next'));
    await typeInto(page, 'smsCode', await askForCode(api, page));
    await tap(page.getByTestId('wizard-submit'));
    await expectStep(page, 'done');
    const application = (await page.getByTestId('receipt-code').textContent())!.trim();
    const period = application.slice(0, 6);
    await review(api, application, 'start');
    await review(api, application, 'approve');
    await drawPeriod(api, period);

    await tap(page.getByTestId('menu-ladder'));
    await expect(page.getByTestId('ladder-count')).toContainText('摇号 1 次');
    await tap(page.getByTestId('ladder-details'));
    await expect(page.getByTestId(`ladder-year-${period.slice(0, 4)}`)).toContainText(`${period}期`);
    await expectPrimaryActionInView(page, 'ladder-details');
    await tap(page.getByTestId('menu-periods'));
    await expect(page.getByTestId(`period-${period}-regular_lottery-mine`)).toContainText('未中签');
  });
});

