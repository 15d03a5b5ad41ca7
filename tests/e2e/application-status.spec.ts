import { test, expect, tap } from './support/fixtures.ts';
import { CITIZEN, applyForHomeContract, logInCitizen, openKind } from './support/application-flows.ts';
import { openIdentityLogin, submitIdentityPassword } from './support/account-flows.ts';
import { advanceClockTo, drawPeriod, review } from './support/dev-api.ts';
import type { Page } from '@playwright/test';

/** 查看 on 我的申请: the application whole, with its history. */
async function view(page: Page, code: string): Promise<void> {
  await tap(page.getByTestId(`application-${code}-view`));
  await expect(page.getByTestId('detail-code')).toHaveText(code);
}

test('查看 follows the review step by step; the draw makes it 中签, its indicator shows in 指标信息, and 往期增量详情 shows the result and the draw’s seed', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await logInCitizen(api, page);
  const code = await applyForHomeContract(page);
  const period = code.slice(0, 6);
  await tap(page.getByTestId('done-home'));
  await openKind(page, 'incremental');
  await view(page, code);
  await expect(page.getByTestId('detail-status')).toHaveAttribute('data-status', 'new');
  await expect(page.getByTestId('detail-homeContractNumber')).toContainText('HK2026-00012345');
  await expect(page.getByTestId('detail-cancel')).toBeVisible();

  await review(api, code, 'start');
  await tap(page.getByTestId('detail-back'));
  await expect(page.getByTestId(`application-${code}-status`)).toContainText('审核中');
  await view(page, code);
  await expect(page.getByTestId('detail-history').locator('li')).toHaveText([/新申请/, /审核中/]);

  await review(api, code, 'approve');
  await tap(page.getByTestId('detail-back'));
  await expect(page.getByTestId(`application-${code}-status`)).toContainText('审核通过');
  await expect(page.getByTestId(`application-${code}-cancel`), 'a reviewed application cannot be cancelled').toHaveCount(0);

  await drawPeriod(api, period);
  await tap(page.getByTestId('menu-user-home'));
  await openKind(page, 'incremental');
  await expect(page.getByTestId(`application-${code}-status`)).toHaveAttribute('data-status', 'won');
  const indicator = page.getByTestId(`indicator-ZB${code}`);
  await expect(indicator).toContainText(CITIZEN.name);
  await expect(indicator).toContainText('有效');
  await expect(indicator).not.toContainText(CITIZEN.idNumber);
  await view(page, code);
  await expect(page.getByTestId('detail-indicator')).toHaveText(`ZB${code}`);
  await expect(page.getByTestId('detail-history').locator('li')).toHaveText([/新申请/, /审核中/, /审核通过/, /待摇号/, /中签/]);

  await tap(page.getByTestId('menu-periods'));
  const mine = page.getByTestId(`period-${period}-regular_lottery-mine`);
  await expect(mine).toContainText('中签');
  await expect(mine).toContainText(code);
  await tap(page.getByTestId(`period-${period}-draws`));
  await expect(page.getByTestId('draw-seed-hash').first()).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('draw-seed').first()).toHaveText(/^[0-9a-f]{64}$/);
});

/** After a wipe: the start screen, the identity login again. */
async function logInAgain(page: Page, api: Parameters<typeof submitIdentityPassword>[0]): Promise<void> {
  await expect(page.getByTestId('attract')).toBeVisible();
  await tap(page.getByTestId('attract'));
  await openIdentityLogin(page);
  await submitIdentityPassword(api, page, 'loginName', CITIZEN.idNumber, CITIZEN.password);
  await expect(page.getByTestId('user-home')).toBeVisible();
}

test('取消申请 asks first; 暂不取消 keeps it, 确定取消 makes it 已取消 and 填报申请 is offered again', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await logInCitizen(api, page);
  const code = await applyForHomeContract(page);
  await tap(page.getByTestId('done-home'));
  await openKind(page, 'incremental');
  await tap(page.getByTestId(`application-${code}-cancel`));
  await expect(page.getByTestId('cancel-dialog')).toBeVisible();
  await tap(page.getByTestId('cancel-dialog-keep'));
  await expect(page.getByTestId(`application-${code}-status`)).toHaveAttribute('data-status', 'new');
  await tap(page.getByTestId(`application-${code}-cancel`));
  await tap(page.getByTestId('cancel-dialog-confirm'));
  await expect(page.getByTestId(`application-${code}-status`)).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByTestId(`application-${code}-status`)).toContainText('已取消');
  await expect(page.getByTestId('kind-apply')).toBeVisible();
});

test('on the pool-freeze day 取消申请 is refused, and the kiosk says why in the citizen’s words', async ({ kiosk, api }) => {
  const { page } = kiosk;
  await logInCitizen(api, page);
  const code = await applyForHomeContract(page);
  await tap(page.getByTestId('done-home'));
  // The 25th of the application's period: its pool freezes (the session has long expired by then).
  await advanceClockTo(api, `${code.slice(0, 4)}-${code.slice(4, 6)}-25`);
  await tap(page.getByTestId('menu-logout'));
  await logInAgain(page, api);
  await openKind(page, 'incremental');
  await view(page, code);
  await tap(page.getByTestId('detail-cancel'));
  await tap(page.getByTestId('cancel-dialog-confirm'));
  await expect(page.getByTestId('form-error')).toHaveAttribute('data-code', 'cancellation_closed_today');
  await expect(page.getByTestId('form-error')).toContainText('冻结摇号池当日和摇号当日不能取消申请');
  await expect(page.getByTestId('detail-status')).toHaveAttribute('data-status', 'new');
});
