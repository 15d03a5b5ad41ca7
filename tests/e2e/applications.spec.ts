import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, tap, testConfig } from './support/fixtures.ts';
import { hostEvents } from './support/host-events.ts';
import {
  CITIZEN,
  UNIT,
  acknowledge,
  applyForHomeContract,
  beginApplication,
  commitAll,
  expectStep,
  fillHomeContractForm,
  logInCitizen,
  logInUnit,
  openKind,
  pickArea,
  pickDate,
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
  await expect(page.getByTestId('instructions-document')).toBeVisible();
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
  await expectPrimaryActionInView(page, 'wizard-submit');

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
  await expectPrimaryActionInView(page, 'done-home');
  await tap(page.getByTestId('receipt-print'));
  await expect(page.getByTestId('receipt-printed')).toHaveAttribute('data-destination', 'file');
  const folder = join(kiosk.userData, 'receipts');
  const files = readdirSync(folder);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(new RegExp(`^${code}-.*\\.pdf$`));
  const text = await pdfText(join(folder, files[0]!));
  for (const expected of [code, '申请回执', '普通小客车（摇号）', 'e2e-terminal-01', '海口市政务服务中心', '审核结果将于']) expect(text).toContain(expected);
  expect(text, 'the receipt alone is printed').not.toContain('退出登录');

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

/** The field's translated error. */
const fieldError = (page: Page, field: string) => page.getByTestId(`field-${field}-error`);

test('bad input: each mistake is said at its field in the citizen’s words, and nothing is submitted', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await logInCitizen(api, page);
  await openKind(page, 'incremental');
  await beginApplication(page, 'regular_lottery', 'nonlocal_home_contract');
  await acknowledge(page);

  // Nothing filled in: the category's evidence and the licence are missing.
  await tap(page.getByTestId('wizard-next'));
  await expectStep(page, 'form');
  for (const field of ['residenceArea', 'homeContractNumber', 'licenceNumber', 'licenceFileNumber']) await expect(fieldError(page, field)).toHaveText(/此项为必填项/);
  await expect(page.getByTestId('wizard-message')).toContainText('4');

  // A licence file number of 11 digits, a plate too short: said as the field is left.
  await fillHomeContractForm(page, CITIZEN.idNumber, '46010012345');
  await expect(fieldError(page, 'licenceFileNumber')).toHaveText(/格式不正确/);
  await tap(page.getByTestId('choice-hasCar-yes'));
  await expect(page.getByTestId('plate-carPlate-prefix')).toHaveText('琼');
  await typeInto(page, 'carPlate', 'A1234');
  await expect(fieldError(page, 'carPlate')).toHaveText(/格式不正确/);
  await typeInto(page, 'carPlate', 'A12345');
  await expect(fieldError(page, 'carPlate')).toHaveCount(0);
  await typeInto(page, 'licenceFileNumber', '460100123456');
  await expect(fieldError(page, 'licenceFileNumber')).toHaveCount(0);

  // A licence number that is a valid ID number but not the applicant's: only the central API knows; its refusal lands on the field.
  await typeInto(page, 'licenceNumber', '440524188001010014');
  await toReview(page);
  await commitAll(page);
  await tap(page.getByTestId('wizard-submit'));
  await expectStep(page, 'form');
  await expect(fieldError(page, 'licenceNumber')).toHaveText(/与证件号码不一致/);
  await expectPrimaryActionInView(page, 'wizard-next');

  // Leaving the wizard drops the draft; nothing was submitted.
  await openKind(page, 'incremental');
  await expect(page.getByTestId('applications-empty')).toBeVisible();
});

test('更新指标 with a VIN: a wrong check character is refused at the field, the right one goes through', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await logInCitizen(api, page);
  await openKind(page, 'renewal');
  await beginApplication(page, 'renewal', 'renewal_personal');
  await acknowledge(page);
  await expect(page.getByTestId('plate-vehiclePlate-prefix')).toHaveText('琼');
  await typeInto(page, 'vehiclePlate', 'A12345');
  await typeInto(page, 'vin', '1HGCM82633A004353');
  await expect(fieldError(page, 'vin')).toHaveText(/校验位不正确/);
  await typeInto(page, 'vin', '1HGCM82633A004352');
  await pickDate(page, 'plateIssuedOn', '2020-05-01');
  await tap(page.getByTestId('choice-changeKind-transfer'));
  await pickDate(page, 'changedOn', '2026-10-15');
  await expectEveryFieldAboveKeyboard(page, 'application-form', 'wizard-next');
  await toReview(page);
  await expect(page.getByTestId('review-vehiclePlate')).toContainText('琼A12345');
  await expect(page.getByTestId('review-changedOn')).toContainText('2026年10月15日');
  await commitAll(page);
  const code = await submitApplication(page);
  expect(code.slice(6, 7), 'a renewal application code carries the kind digit 2').toBe('2');
  await tap(page.getByTestId('done-home'));
  await openKind(page, 'renewal');
  await expect(page.getByTestId(`application-${code}-status`)).toContainText('新申请');
});

test('an organisation applies: its name, credit code and handling person come from the account', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await logInUnit(api, page);
  await openKind(page, 'incremental');
  await beginApplication(page, 'new_energy_queue', 'unit_enterprise');
  await acknowledge(page);
  await expect(page.getByTestId('locked-unitName')).toContainText(UNIT.unitName);
  await expect(page.getByTestId('locked-creditCode')).toContainText(UNIT.creditCode);
  await pickArea(page, 'registeredArea', '460100', '460108');
  await typeInto(page, 'unitAddress', 'Haikou 88');
  await typeInto(page, 'unitLandline', '0898-66668888');
  await typeInto(page, 'unitPostcode', '570100');
  await typeInto(page, 'registeredCars', '2');
  await expectEveryFieldAboveKeyboard(page, 'application-form', 'wizard-next');
  await toReview(page);
  await expect(page.getByTestId('commitments')).toContainText('本单位承诺');
  await commitAll(page);
  const code = await submitApplication(page);
  await tap(page.getByTestId('done-home'));
  await openKind(page, 'incremental');
  await expect(page.getByTestId(`application-${code}`)).toContainText(UNIT.unitName);
});

test('with a receipt printer configured, 打印回执 prints on it silently and saves nothing', async ({ launch, api, kioskRuntime }) => {
  test.skip(kioskRuntime !== 'host', 'reads the test host’s print report');
  const kiosk = await launch({ config: { ...testConfig(api.url), printerName: 'Receipts-80mm' } });
  const { page } = kiosk;
  await logInCitizen(api, page);
  const code = await applyForHomeContract(page);
  await tap(page.getByTestId('receipt-print'));
  await expect(page.getByTestId('receipt-printed')).toHaveAttribute('data-destination', 'printer');
  await expect(page.getByTestId('receipt-printed')).toContainText('回执已打印');
  const printed = hostEvents(kiosk.output(), 'print');
  expect(printed).toHaveLength(1);
  expect(printed[0]).toMatchObject({ deviceName: 'Receipts-80mm', silent: true });
  expect(await pdfText(String(printed[0]!.file))).toContain(code);
  expect(existsSync(join(kiosk.userData, 'receipts')), 'no receipt file on a terminal with a printer').toBe(false);
});
