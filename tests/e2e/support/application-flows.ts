import { expect, type Page } from '@playwright/test';
import type { RunningServer } from '../../../server/app.ts';
import type { DevIdentityAccountInput } from '../../../shared/contract/dev.ts';
import { openHome, openIdentityLogin, submitIdentityPassword } from './account-flows.ts';
import { createIdentityAccount } from './dev-api.ts';
import { tap } from './fixtures.ts';
import { typeInto } from './keyboard.ts';

/** What a citizen does, by touch, to apply for an indicator. */

/** A person on the identity platform with a 居民身份证 (female, born 31 December 1949). */
export const CITIZEN = { kind: 'personal', name: '王芳', idNumber: '11010519491231002X', phone: '13500000001', password: 'Identity2026' } as const;

/** A unit on the identity platform (法人登录 by credit code). */
export const UNIT = {
  kind: 'legal',
  unitName: '海南椰风贸易有限公司',
  creditCode: '91110000600037341L',
  representativeName: '李雷',
  representativeIdNumber: '11010519491231002X',
  phone: '13500000009',
  password: 'Legal2026pw',
} as const;

/** Creates UNIT on the identity platform and logs it in (法人登录) from the start screen; ends on the user home. */
export async function logInUnit(api: RunningServer, page: Page): Promise<void> {
  await createIdentityAccount(api, UNIT);
  await openHome(page);
  await openIdentityLogin(page);
  await tap(page.getByTestId('tab-kind-legal'));
  await submitIdentityPassword(api, page, 'creditCode', UNIT.creditCode, UNIT.password);
  await expect(page.getByTestId('user-home')).toBeVisible();
}

/** Creates `person` on the identity platform and logs them in from the start screen; ends on the user home. */
export async function logInCitizen(api: RunningServer, page: Page, person: DevIdentityAccountInput & { idNumber: string; password: string } = CITIZEN): Promise<void> {
  await createIdentityAccount(api, person);
  await openHome(page);
  await openIdentityLogin(page);
  await submitIdentityPassword(api, page, 'loginName', person.idNumber, person.password);
  await expect(page.getByTestId('user-home')).toBeVisible();
}

/** The citizen menu's entry for an indicator kind (增量指标 incremental, 更新指标 renewal, 其他指标 other). */
export async function openKind(page: Page, kind: string): Promise<void> {
  await tap(page.getByTestId(`menu-kind-${kind}`));
  await expect(page.getByTestId('indicator-kind')).toHaveAttribute('data-kind', kind);
  await expect(page.getByTestId('applications-table')).toBeVisible();
}

/** On a kind page: the application type (when there is a choice), the category, 填报申请; ends on 填报说明. */
export async function beginApplication(page: Page, applicationType: string, category: string): Promise<void> {
  const type = page.getByTestId(`choice-applicationType-${applicationType}`);
  if ((await type.getAttribute('data-checked')) !== 'true') await tap(type);
  const chosen = page.getByTestId(`choice-category-${category}`);
  if ((await chosen.getAttribute('data-checked')) !== 'true') await tap(chosen);
  await tap(page.getByTestId('kind-apply'));
  await expectStep(page, 'instructions');
}

export async function expectStep(page: Page, step: string): Promise<void> {
  await expect(page.getByTestId('wizard')).toHaveAttribute('data-step', step);
}

/** 填报说明: 我已经阅读并同意上述管理办法, 下一步; ends on 申报填写. */
export async function acknowledge(page: Page): Promise<void> {
  await expect(page.getByTestId('instructions-text')).toBeVisible();
  await tap(page.getByTestId('check-acknowledge'));
  await tap(page.getByTestId('wizard-next'));
  await expectStep(page, 'form');
  await expect(page.getByTestId('application-form')).toBeVisible();
}

/** An area field: the city, then its district. */
export async function pickArea(page: Page, field: string, city: string, district: string): Promise<void> {
  await tap(page.getByTestId(`area-${field}`));
  await tap(page.getByTestId(`picker-city-${city}`));
  await tap(page.getByTestId(`picker-district-${district}`));
  await expect(page.getByTestId('area-picker')).toBeHidden();
}

/** A date field: pages of years until the year shows, then year, month, day, 确定. */
export async function pickDate(page: Page, field: string, day: string): Promise<void> {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  await tap(page.getByTestId(`date-${field}`));
  const yearKey = page.getByTestId(`picker-year-${year}`);
  for (let turns = 0; turns < 10 && !(await yearKey.isVisible()); turns += 1) {
    const first = Number((await page.getByTestId('date-picker').locator('[data-testid^="picker-year-"]').first().getAttribute('data-testid'))!.split('-').at(-1));
    await tap(page.getByTestId(year < first ? 'picker-earlier' : 'picker-later'));
  }
  await tap(yearKey);
  await tap(page.getByTestId(`picker-month-${month}`));
  await tap(page.getByTestId(`picker-day-${date}`));
  await tap(page.getByTestId('picker-confirm'));
  await expect(page.getByTestId('date-picker')).toBeHidden();
}

/** Hainan 非本省户籍人员（持有本省购房网签备案记录）: 在琼现居地, the contract number, the licence (issued on `idNumber`). */
export async function fillHomeContractForm(page: Page, idNumber: string, licenceFileNumber = '460100123456'): Promise<void> {
  await pickArea(page, 'residenceArea', '460100', '460106');
  await typeInto(page, 'homeContractNumber', 'HK2026-00012345');
  await typeInto(page, 'licenceNumber', idNumber);
  await typeInto(page, 'licenceFileNumber', licenceFileNumber);
}

/** 下一步 from 申报填写; ends on 信息确认. */
export async function toReview(page: Page): Promise<void> {
  await tap(page.getByTestId('wizard-next'));
  await expectStep(page, 'review');
}

/** Ticks each commitment of 信息确认 not ticked yet. */
export async function commitAll(page: Page): Promise<void> {
  const ticks = page.getByTestId('commitments').locator('[data-testid^="check-commitment-"]');
  for (let index = 0; index < (await ticks.count()); index += 1) {
    if ((await ticks.nth(index).getAttribute('data-checked')) !== 'true') await tap(ticks.nth(index));
  }
}

/** 提交 on 信息确认; ends on 完成申请 with the application's code, answered. */
export async function submitApplication(page: Page): Promise<string> {
  await tap(page.getByTestId('wizard-submit'));
  await expectStep(page, 'done');
  const code = (await page.getByTestId('receipt-code').textContent())!.trim();
  expect(code).toMatch(/^\d{13}$/);
  return code;
}

/** The whole Hainan 网签备案 application for `idNumber`'s holder, from anywhere in the citizen pages; its code. */
export async function applyForHomeContract(page: Page, idNumber: string = CITIZEN.idNumber): Promise<string> {
  await openKind(page, 'incremental');
  await beginApplication(page, 'regular_lottery', 'nonlocal_home_contract');
  await acknowledge(page);
  await fillHomeContractForm(page, idNumber);
  await toReview(page);
  await commitAll(page);
  return submitApplication(page);
}
