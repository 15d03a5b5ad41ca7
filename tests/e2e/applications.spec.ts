import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, tap } from './support/fixtures.ts';
import {
  CITIZEN,
  acknowledge,
  beginApplication,
  commitAll,
  expectStep,
  fillHomeContractForm,
  logInCitizen,
  openKind,
  submitApplication,
  toReview,
} from './support/application-flows.ts';
import { typeInto } from './support/keyboard.ts';
import { expectEveryFieldAboveKeyboard, expectPrimaryActionInView } from './support/layout.ts';
import { pdfText } from './support/pdf-text.ts';

test('a Hainan application by touch: 填报说明, 申报填写, 信息确认 with 修改, 提交, a receipt printed as a PDF, then 新申请 in 我的申请', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await logInCitizen(api, page);
  await expect(page.getByTestId('user-home-period')).toContainText('申请截止');
  await tap(page.getByTestId('home-kind-incremental'));
  await expect(page.getByTestId('applications-empty')).toHaveText('暂无您的增量指标~');
  await expect(page.getByTestId('indicators-empty')).toHaveText('没有检索到符合条件的数据！');

  // 填报申请 needs both choices.
  await tap(page.getByTestId('kind-apply'));
  await expect(page.getByTestId('kind-must-choose')).toBeVisible();
  await beginApplication(page, 'regular_lottery', 'nonlocal_home_contract');

  // 填报说明: not without the tick.
  await tap(page.getByTestId('wizard-next'));
  await expect(page.getByTestId('wizard-message')).toBeVisible();
  await expectStep(page, 'instructions');
  await acknowledge(page);

  // 申报填写: the account's data and what the ID number gives, locked.
  await expect(page.getByTestId('locked-applicantName')).toContainText(CITIZEN.name);
  await expect(page.getByTestId('locked-idNumber')).not.toContainText(CITIZEN.idNumber);
  await expect(page.getByTestId('locked-sex')).toContainText('女');
  await expect(page.getByTestId('locked-birthDate')).toContainText('1949年12月31日');
  await expectPrimaryActionInView(page, 'wizard-next');
  await fillHomeContractForm(page, CITIZEN.idNumber);
  await expectEveryFieldAboveKeyboard(page, 'application-form', 'wizard-next');

  // The draft survives a change of language.
  await tap(page.getByTestId('lang-en'));
  await expect(page.getByTestId('area-residenceArea')).toHaveText('Haikou Longhua District');
  await tap(page.getByTestId('lang-zh-CN'));
  await expect(page.getByTestId('input-homeContractNumber')).toHaveValue('HK2026-00012345');

  // 信息确认, and 修改 back to one field.
  await toReview(page);
  await expect(page.getByTestId('review-residenceArea')).toContainText('海口市 龙华区');
  await expect(page.getByTestId('review-licenceClasses')).toContainText('小型汽车（C1）');
  await tap(page.getByTestId('edit-homeContractNumber'));
  await expectStep(page, 'form');
  await typeInto(page, 'homeContractNumber', 'HK2026-00099999');
  await toReview(page);
  await expect(page.getByTestId('review-homeContractNumber')).toContainText('HK2026-00099999');
  await expect(page.getByTestId('notice-draw_witnesses')).toContainText('25日');

  // 提交 needs every commitment.
  await tap(page.getByTestId('wizard-submit'));
  await expect(page.getByTestId('commitments-error')).toBeVisible();
  await commitAll(page);
  const code = await submitApplication(page);

  // 完成申请 and its receipt.
  await expect(page.getByTestId('done')).toContainText('恭喜！填报成功');
  await expect(page.getByTestId('receipt-qr')).toBeVisible();
  await expect(page.getByTestId('receipt-terminal')).toHaveText('e2e-terminal-01');
  await expect(page.getByTestId('receipt-hall')).toHaveText('海口市政务服务中心');
  await tap(page.getByTestId('receipt-print'));
  await expect(page.getByTestId('receipt-printed')).toHaveAttribute('data-destination', 'file');
  if (kiosk.userData) {
    const folder = join(kiosk.userData, 'receipts');
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^${code}-.*\\.pdf$`));
    const text = await pdfText(join(folder, files[0]!));
    for (const expected of [code, '申请回执', '普通小客车（摇号）', 'e2e-terminal-01', '海口市政务服务中心', '审核结果将于']) expect(text).toContain(expected);
    expect(text, 'the receipt alone is printed').not.toContain('退出登录');
  }

  // 返回用户中心, then 增量指标: the application is 新申请, with the day its review result comes.
  await tap(page.getByTestId('done-home'));
  await expect(page.getByTestId('user-home')).toBeVisible();
  await openKind(page, 'incremental');
  const status = page.getByTestId(`application-${code}-status`);
  await expect(status).toHaveAttribute('data-status', 'new');
  await expect(status).toContainText('新申请');
  await expect(status).toContainText('审核结果将于');
  await expect(page.getByTestId('kind-active')).toBeVisible();
});
