import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../server/app.ts';
import { API_PATHS, DEV_API_PATHS } from '../../shared/contract/paths.ts';
import { test, expect, tap, testConfig } from './support/fixtures.ts';
import { openHome, openIdentityLogin, submitIdentityPassword } from './support/account-flows.ts';
import { CITIZEN, acknowledge, beginApplication, commitAll, expectStep, fillHomeContractForm, logInCitizen, openKind, toReview } from './support/application-flows.ts';
import { startDelayProxy } from './support/delay-proxy.ts';
import { pdfText } from './support/pdf-text.ts';
import { collectResidue } from './support/residue.ts';
import { fileCount, plaintextFindings } from '../unit/main/outbox/support/plaintext-scan.ts';

/** The reference central API on a database that outlives it, so it can be stopped and started again on the same port. */
async function centralApi(dbPath: string, port = 0): Promise<RunningServer> {
  return startServer({ dbPath, port, logger: false, devEndpoints: true, catalog: 'hainan' });
}

async function applicationCodes(api: RunningServer): Promise<string[]> {
  const response = await fetch(api.url + DEV_API_PATHS.operatorApplicationCodes);
  return ((await response.json()) as { codes: string[] }).codes;
}

const outboxStatus = (page: Page) =>
  page.evaluate(async () => {
    const result = await window.kiosk.invoke('outbox:status');
    if (!result.ok) throw new Error(result.error.code);
    return result.data;
  });

/** CITIZEN logs in and fills a Hainan 网签备案 application up to 信息确认, commitments ticked. */
async function toReviewLoggedIn(api: RunningServer, page: Page): Promise<void> {
  await logInCitizen(api, page);
  await openKind(page, 'incremental');
  await beginApplication(page, 'regular_lottery', 'nonlocal_home_contract');
  await acknowledge(page);
  await fillHomeContractForm(page, CITIZEN.idNumber);
  await toReview(page);
  await commitAll(page);
}

test('the central API stops mid-wizard: the submission is saved, 待提交, survives the idle wipe, and is delivered with the grant as 新申请', async ({ launch }) => {
  test.setTimeout(150_000);
  const dbPath = join(mkdtempSync(join(tmpdir(), 'quota-kiosk-outbox-api-')), 'api.sqlite');
  let api = await centralApi(dbPath);
  const port = api.port;
  // The hall's gateway: it answers 502 while the central API behind it is down, and shows how each request was authorised.
  const gateway = await startDelayProxy(api.url);
  const kiosk = await launch({ config: { ...testConfig(gateway.url), idleTimeoutSeconds: 10, idleCountdownSeconds: 5 } });
  let page = kiosk.page;
  try {
    await toReviewLoggedIn(api, page);

    // The hall's link to the central API goes down while the citizen reads 信息确认.
    await api.close();
    await expect(page.getByTestId('connectivity')).toHaveAttribute('data-state', 'offline');
    await tap(page.getByTestId('wizard-submit'));
    await expectStep(page, 'done');
    await expect(page.getByTestId('done-pending')).toContainText('申请已保存，待提交');
    await expect(page.getByTestId('outbox-waiting')).toHaveText('网络暂时中断，您的申请已安全保存在本机，恢复联网后将自动提交');
    await expect(page.getByTestId('receipt-status')).toHaveText('待提交');
    await expect(page.getByTestId('receipt-code')).toHaveCount(0);
    const reference = (await page.getByTestId('receipt-reference').textContent())!.trim();
    expect(reference).toMatch(/^Q-[0-9A-F]{4}-[0-9A-F]{4}$/);
    await expect(page.getByTestId('receipt-type')).toHaveText('普通小客车（摇号）');
    expect(await outboxStatus(page)).toMatchObject({ counts: { pending: 1, delivered: 0, rejected: 0 }, rejected: [], problems: [] });

    // The 待提交 receipt prints (here: a PDF for staff) with its local reference.
    await tap(page.getByTestId('receipt-print'));
    await expect(page.getByTestId('receipt-printed')).toHaveAttribute('data-destination', 'file');
    const receipts = join(kiosk.userData, 'receipts');
    const [receiptFile] = readdirSync(receipts);
    expect(receiptFile).toMatch(new RegExp(`^${reference}-.*\\.pdf$`));
    const printed = await pdfText(join(receipts, receiptFile!));
    for (const expected of [reference, '待提交', '本机编号', 'e2e-terminal-01']) expect(printed).toContain(expected);

    // Nothing the kiosk wrote holds the citizen's ID number, phone or name in plain text (nor base64), Chromium's profile and the logs included.
    // (The receipts folder is left out: a receipt is the citizen's own paper, and it names neither.)
    const secrets = [CITIZEN.idNumber, CITIZEN.phone, CITIZEN.name, 'HK2026-00012345'];
    expect(fileCount(kiosk.userData)).toBeGreaterThan(10);
    expect(plaintextFindings(kiosk.userData, secrets).filter(({ file }) => !file.startsWith(receipts))).toEqual([]);

    // The citizen walks away: the idle wipe ends the session, and the next person sees nothing of it.
    await expect(page.getByTestId('idle-dialog')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('session-notice')).toHaveAttribute('data-notice', 'idle', { timeout: 15_000 });
    page = await kiosk.currentPage();
    await expect(page.getByTestId('attract')).toBeVisible();
    const residue = await collectResidue(page);
    for (const shown of [reference, CITIZEN.name, 'HK2026-00012345']) expect(residue, `${shown} survived the wipe`).not.toContain(shown);
    expect(await outboxStatus(page)).toMatchObject({ counts: { pending: 1 } });

    // The central API comes back: the entry goes by itself, with the submission grant (main forgot the session's token in the wipe).
    api = await centralApi(dbPath, port);
    await expect.poll(async () => (await outboxStatus(page)).counts, { timeout: 20_000 }).toMatchObject({ pending: 0, delivering: 0, delivered: 1 });
    const codes = await applicationCodes(api);
    expect(codes).toHaveLength(1);
    // Connectivity already said offline when 提交 was tapped, so nothing was tried with the session: every attempt went from the outbox.
    const attempts = gateway.schemes('POST', API_PATHS.applications);
    expect(attempts.length).toBeGreaterThan(0);
    expect(new Set(attempts)).toEqual(new Set(['Grant']));

    // The citizen's next login: the application is 新申请 with its code.
    await openHome(page);
    await openIdentityLogin(page);
    await submitIdentityPassword(api, page, 'loginName', CITIZEN.idNumber, CITIZEN.password);
    await expect(page.getByTestId('user-home')).toBeVisible();
    await openKind(page, 'incremental');
    const status = page.getByTestId(`application-${codes[0]}-status`);
    await expect(status).toHaveAttribute('data-status', 'new');
    await expect(status).toContainText('新申请');
  } finally {
    await api.close();
  }
});

test('delivered while the citizen is still there: the receipt turns 已提交 with the application code, and the banner says so', async ({ launch }) => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'quota-kiosk-outbox-api-')), 'api.sqlite');
  let api = await centralApi(dbPath);
  const port = api.port;
  const { page } = await launch({ config: testConfig(api.url) });
  try {
    await toReviewLoggedIn(api, page);
    await api.close();
    await tap(page.getByTestId('wizard-submit'));
    await expect(page.getByTestId('receipt-status')).toHaveText('待提交');

    api = await centralApi(dbPath, port);
    await expect(page.getByTestId('receipt-status')).toHaveText('已提交', { timeout: 20_000 });
    const [code] = await applicationCodes(api);
    await expect(page.getByTestId('receipt-code')).toHaveText(code!);
    await expect(page.getByTestId('done')).toContainText('恭喜！填报成功');
    await expect(page.getByTestId('outbox-waiting')).toHaveCount(0);
    await expect(page.getByTestId('outbox-delivered')).toBeVisible();
  } finally {
    await api.close();
  }
});

test('a terminal whose safeStorage has no real key (basic_text) queues nothing: the citizen is told it was not saved, staff see why', async ({ launch }) => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'quota-kiosk-outbox-api-')), 'api.sqlite');
  const api = await centralApi(dbPath);
  const kiosk = await launch({ config: testConfig(api.url), env: { KIOSK_HOST_SAFE_STORAGE_BACKEND: 'basic_text' } });
  const { page } = kiosk;
  try {
    await toReviewLoggedIn(api, page);
    await api.close();
    await expect(page.getByTestId('connectivity')).toHaveAttribute('data-state', 'offline');
    await tap(page.getByTestId('wizard-submit'));
    const alert = page.getByTestId('form-error');
    await expect(alert).toHaveAttribute('data-code', 'outbox.unencrypted');
    await expect(alert).toContainText('本终端无法安全保存您的信息，申请未保存');
    await expectStep(page, 'review');
    await expect(page.getByTestId('outbox-banner')).toHaveCount(0);
    expect(await outboxStatus(page)).toMatchObject({ counts: { pending: 0 }, problems: [{ code: 'outbox.unencrypted' }] });
    expect(kiosk.output()).toContain('outbox.unencrypted: safeStorage has no real key here');
  } finally {
    await api.close();
  }
});
