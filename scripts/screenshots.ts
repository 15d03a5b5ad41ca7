// `npm run screenshots`: the README's pictures, taken from the kiosk as built
// (test host + reference API with its development endpoints), in zh-CN and
// en, at 1920x1080. `npm run screenshots -- outbox` (or accounts, hainan,
// hangzhou) takes one part only.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchHostKiosk } from '../tests/host/launch.ts';
import { startServer, type RunningServer } from '../server/app.ts';
import type { CatalogName } from '../shared/catalog/catalogs.ts';
import { DEV_API_PATHS, apiPath } from '../shared/contract/paths.ts';

const OUT = 'docs/screenshots';

/** A reference API with its development endpoints, serving `catalog` (from `dbPath` on `port` when it is started again). */
const newApi = (catalog: CatalogName, dbPath = join(mkdtempSync(join(tmpdir(), 'qk-shots-')), 'api.sqlite'), port = 0) =>
  startServer({ dbPath, port, devEndpoints: true, catalog });

/** The kiosk as built against `api`, on the test host. */
const newKiosk = (api: RunningServer, idleTimeoutSeconds: number) =>
  launchHostKiosk({
    config: {
      centralApiUrl: api.url,
      hallName: '海口市政务服务中心',
      terminalId: 'HK-01',
      kioskMode: false,
      connectivityProbeSeconds: 1,
      idleTimeoutSeconds,
      idleCountdownSeconds: 60,
    },
  });

/** Touching, typing and taking pictures on one kiosk page. */
async function driver(page: Page, api: RunningServer) {
  const cdp = await page.context().newCDPSession(page);
  /** A finger touch, as the kiosk is used (mouse clicks are not how it is driven); scrolls first if a finger would miss. */
  async function touch(locator: Locator): Promise<void> {
    await locator.waitFor();
    await locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = element.ownerDocument.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || !(hit === element || element.contains(hit))) element.scrollIntoView({ block: 'center' });
    });
    const box = await locator.boundingBox();
    if (!box) throw new Error('nothing to touch');
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  /** The answer of the picture code on screen, from the development endpoint. */
  async function captchaAnswer(): Promise<string> {
    const image = page.getByTestId('captcha-image').and(page.locator('[data-status="ready"]'));
    const id = (await image.getAttribute('data-captcha-id')) ?? '';
    const response = await fetch(new URL(apiPath(DEV_API_PATHS.captchaAnswer, { id }), api.url));
    return ((await response.json()) as { answer: string }).answer;
  }
  return {
    touch,
    captchaAnswer,
    tap: (testId: string) => touch(page.getByTestId(testId)),
    key: (button: string) => touch(page.getByTestId('touch-keyboard').locator(`[data-skbtn="${button}"]`)),
    wait: (testId: string) => page.getByTestId(testId).waitFor(),
    async shot(name: string): Promise<void> {
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(OUT, `${name}.png`) });
      console.log(`${OUT}/${name}.png`);
    },
  };
}

/** People on the dev identity platform, for the logged-in screens: one per language. */
const PEOPLE = [
  { kind: 'personal', name: '王芳', idNumber: '440524188001010014', phone: '13500000001', password: 'Identity2026' },
  { kind: 'personal', name: '李娜', idNumber: '11010519491231002X', phone: '13500000002', password: 'Identity2026' },
] as const;
async function createPeople(api: RunningServer): Promise<void> {
  for (const person of PEOPLE) {
    await fetch(new URL(DEV_API_PATHS.identityAccounts, api.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(person),
    });
  }
}

const PARTS = { accounts: accountScreens, hainan: () => applicationScreens('hainan'), hangzhou: () => applicationScreens('hangzhou'), outbox: outboxScreens };
const only = process.argv[2] as keyof typeof PARTS | undefined;
if (only !== undefined && !(only in PARTS)) throw new Error(`no part ${only}: ${Object.keys(PARTS).join(', ')}`);
for (const [name, take] of Object.entries(PARTS)) if (only === undefined || only === name) await take();

/** Logs PEOPLE[index] in by the identity platform, from the start screen in `locale`; ends on the user home. */
async function identityLogin(tools: Awaited<ReturnType<typeof driver>>, page: Page, index: number, locale: string): Promise<void> {
  const { tap, key, wait, captchaAnswer } = tools;
  const person = PEOPLE[index]!;
  await wait('attract');
  await tap(`lang-${locale}`);
  await tap('attract');
  await tap('home-login');
  await tap('login-identity');
  await wait('identity-login');
  await page.getByTestId('input-loginName').fill(person.idNumber);
  await page.getByTestId('input-password').fill(person.password);
  await page.getByTestId('input-captchaAnswer').fill(await captchaAnswer());
  await key('{done}');
  await tap('identity-submit');
  await wait('user-home-period');
}

/** The account screens: the idle timeout short, so the idle question can be pictured without a long wait. */
async function accountScreens(): Promise<void> {
  const api = await newApi('hainan');
  await createPeople(api);
  const kiosk = await newKiosk(api, 10);
  const { page } = kiosk;
  const { touch, tap, key, wait, shot, captchaAnswer } = await driver(page, api);

  try {
    for (const locale of ['zh-CN', 'en']) {
      await wait('attract');
      await tap(`lang-${locale}`);
      await page.getByTestId('connectivity').and(page.locator('[data-state="online"]')).waitFor();
      await shot(`attract-${locale}`);
      await tap('attract');
      await wait('home');
      await shot(`home-${locale}`);
      await tap('home-policy');
      await wait('policy-document');
      await shot(`policy-${locale}`);
      await tap('policy-back');
      await tap('home-guide');
      await wait('guide-document');
      await shot(`guide-${locale}`);
      await tap('guide-back');

      await tap('home-register');
      await wait('rules-document');
      await shot(`register-rules-${locale}`);
      await tap('check-read');
      await tap('register-next');
      await page.getByTestId('captcha-image').and(page.locator('[data-status="ready"]')).waitFor();
      await shot(`register-personal-${locale}`);
      await tap('input-name');
      for (const letter of 'wang') await key(letter);
      await shot(`keyboard-pinyin-${locale}`);
      await touch(page.getByTestId('kb-candidate-王'));
      // A field low in the form: it scrolls above the keyboard, the action bar with it.
      await tap('input-confirmPassword');
      for (const letter of 'Hainan') await key(letter === 'H' ? 'h' : letter);
      await shot(`keyboard-low-field-${locale}`);
      await tap('input-idNumber');
      await page.getByTestId('input-idNumber').fill('110105194912310021');
      await tap('input-password');
      await page.getByTestId('input-password').fill('abc');
      await key('{done}');
      await tap('register-submit');
      await shot(`register-errors-${locale}`);
      await tap('register-form-back');
      await tap('choice-userType-unit');
      await tap('register-next');
      await wait('register-unit');
      await shot(`register-unit-${locale}`);
      await tap('register-form-back');
      await tap('register-back');

      await tap('home-login');
      await page.getByTestId('captcha-image').and(page.locator('[data-status="ready"]')).waitFor();
      await shot(`login-${locale}`);
      await tap('login-forgot');
      await wait('forgot-password');
      await shot(`forgot-password-${locale}`);
      await tap('forgot-back');
      await tap('login-identity');
      await wait('identity-login');
      await shot(`identity-login-${locale}`);
      await page.getByTestId('input-loginName').fill('440524188001010014');
      await page.getByTestId('input-password').fill('Identity2026');
      await page.getByTestId('input-captchaAnswer').fill(await captchaAnswer());
      await key('{done}');
      await tap('identity-submit');
      await wait('user-home');
      await shot(`user-home-${locale}`);
      for (const entry of ['account-profile', 'account-name', 'account-password', 'account-phone']) {
        await tap(`menu-${entry}`);
        await wait(entry);
        await shot(`${entry}-${locale}`);
      }
      // The citizen walks away: the idle question.
      await page.getByTestId('idle-dialog').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(2_000);
      await shot(`idle-question-${locale}`);
      await tap('idle-continue');
      // 退出登录: the session is wiped and the start screen says so.
      await tap('menu-logout');
      await wait('session-notice');
      await shot(`session-ended-${locale}`);
      // Back to a plain start screen for the next language.
      await tap('attract');
      await tap('home-back');
    }
  } finally {
    await kiosk.close();
    await api.close();
  }
}

/**
 * The indicator business in both languages, against a central API serving
 * `catalog` (Hainan: the kind page, every wizard step, the receipt as
 * printed, 我的申请, 查看, 取消申请, 往期增量详情; Hangzhou: 阶梯摇号 and
 * 短信确认), with an idle timeout long enough never to interrupt.
 */
async function applicationScreens(catalog: CatalogName): Promise<void> {
  const api = await newApi(catalog);
  await createPeople(api);
  const kiosk = await newKiosk(api, 600);
  const { page } = kiosk;
  const tools = await driver(page, api);
  const { touch, tap, key, wait, shot } = tools;
  const fill = filler(page, tap);
  try {
    for (const [index, locale] of (['zh-CN', 'en'] as const).entries()) {
      const person = PEOPLE[index]!;
      await identityLogin(tools, page, index, locale);

      if (catalog === 'hainan') {
        await tap('home-kind-incremental');
        await wait('applications-empty');
        await shot(`kind-empty-${locale}`);
        await tap('choice-applicationType-regular_lottery');
        await tap('choice-category-nonlocal_home_contract');
        await shot(`kind-choose-${locale}`);
        await tap('kind-apply');
        await wait('instructions-document');
        await shot(`apply-instructions-${locale}`);
        await tap('check-acknowledge');
        await tap('wizard-next');
        await wait('application-form');
        await shot(`apply-form-${locale}`);
        await tap('wizard-next');
        await wait('field-residenceArea-error');
        await shot(`apply-form-errors-${locale}`);
        await tap('area-residenceArea');
        await tap('picker-city-460100');
        await shot(`apply-area-picker-${locale}`);
        await tap('picker-district-460106');
        await fill('homeContractNumber', 'HK2026-00012345');
        await fill('licenceNumber', person.idNumber);
        await fill('licenceFileNumber', '460100123456');
        await shot(`apply-form-keyboard-${locale}`);
        await key('{done}');
        await touch(page.getByTestId('chip-licenceClasses-C2'));
        await shot(`apply-licence-classes-${locale}`);
        await tap('wizard-next');
        await wait('review');
        await shot(`apply-review-${locale}`);
        for (const tick of await page.getByTestId('commitments').locator('[data-testid^="check-commitment-"]').all()) await touch(tick);
        await shot(`apply-commitments-${locale}`);
        await tap('wizard-submit');
        await wait('receipt-qr');
        await shot(`apply-done-${locale}`);
        await page.emulateMedia({ media: 'print' });
        await shot(`receipt-print-${locale}`);
        await page.emulateMedia({ media: 'screen' });
        await tap('done-home');
        await tap('home-kind-incremental');
        const view = page.locator('[data-testid$="-view"]').first();
        await view.waitFor();
        await shot(`kind-applications-${locale}`);
        await touch(view);
        await wait('detail-history');
        await shot(`application-detail-${locale}`);
        await tap('detail-cancel');
        await wait('cancel-dialog-confirm');
        await shot(`cancel-confirm-${locale}`);
        await tap('cancel-dialog-confirm');
        await wait('detail-cancelled');
        await tap('menu-kind-renewal');
        await tap('choice-category-renewal_personal');
        await tap('kind-apply');
        await tap('check-acknowledge');
        await tap('wizard-next');
        await tap('date-plateIssuedOn');
        await tap('picker-year-2020');
        await tap('picker-month-5');
        await tap('picker-day-18');
        await shot(`apply-date-picker-${locale}`);
        await tap('picker-confirm');
        await tap('menu-periods');
        await wait('periods');
        await page.locator('[data-testid^="period-2"]').first().waitFor();
        await shot(`periods-${locale}`);
      } else {
        await tap('menu-ladder');
        await wait('ladder-count');
        await shot(`ladder-${locale}`);
        await tap('ladder-enrol');
        await wait('ladder-dialog-confirm');
        await shot(`ladder-confirm-${locale}`);
        await tap('ladder-dialog-confirm');
        await wait('ladder-enrolled');
        await tap('ladder-details');
        await wait('ladder-periods');
        await shot(`ladder-details-${locale}`);
        await tap('menu-kind-incremental');
        await tap('choice-category-local_resident');
        await tap('kind-apply');
        await tap('check-acknowledge');
        await tap('wizard-next');
        await tap('area-hukouArea');
        await tap('picker-district-330106');
        await fill('licenceNumber', person.idNumber);
        await fill('licenceFileNumber', '330100123456');
        await key('{done}');
        await tap('area-residenceArea');
        await tap('picker-district-330108');
        await fill('address', 'Wensan Road 1');
        await fill('postcode', '310012');
        await key('{done}');
        await tap('wizard-next');
        await wait('review');
        for (const tick of await page.getByTestId('commitments').locator('[data-testid^="check-commitment-"]').all()) await touch(tick);
        await tap('wizard-next');
        await wait('sms-confirm');
        await fill('phone', person.phone);
        await shot(`apply-sms-${locale}`);
        await key('{done}');
      }
      await tap('menu-logout');
      await wait('session-notice');
      await tap('attract');
      await tap('home-back');
    }
  } finally {
    await kiosk.close();
    await api.close();
  }
}

/** Types into a field with the keyboard open on it (the keys themselves are pictured elsewhere). */
function filler(page: Page, tap: (testId: string) => Promise<void>) {
  return async (field: string, value: string) => {
    await tap(`input-${field}`);
    await page.getByTestId(`input-${field}`).fill(value);
  };
}

/**
 * The outbox: the central API stopped while the citizen reads 信息确认;
 * 提交 saves the application on the terminal (the banner, the 待提交
 * receipt with its 本机编号); the API started again on the same database
 * and port, the receipt turns 已提交 with the code.
 */
async function outboxScreens(): Promise<void> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'qk-shots-')), 'api.sqlite');
  let api = await newApi('hainan', dbPath);
  const port = api.port;
  await createPeople(api);
  const kiosk = await newKiosk(api, 600);
  const { page } = kiosk;
  const tools = await driver(page, api);
  const { touch, tap, key, wait, shot } = tools;
  const fill = filler(page, tap);
  try {
    for (const [index, locale] of (['zh-CN', 'en'] as const).entries()) {
      await identityLogin(tools, page, index, locale);
      await tap('home-kind-incremental');
      await tap('choice-applicationType-regular_lottery');
      await tap('choice-category-nonlocal_home_contract');
      await tap('kind-apply');
      await tap('check-acknowledge');
      await tap('wizard-next');
      await tap('area-residenceArea');
      await tap('picker-city-460100');
      await tap('picker-district-460106');
      await fill('homeContractNumber', 'HK2026-00012345');
      await fill('licenceNumber', PEOPLE[index]!.idNumber);
      await fill('licenceFileNumber', '460100123456');
      await key('{done}');
      await tap('wizard-next');
      await wait('review');
      for (const tick of await page.getByTestId('commitments').locator('[data-testid^="check-commitment-"]').all()) await touch(tick);
      await api.close();
      await page.getByTestId('connectivity').and(page.locator('[data-state="offline"]')).waitFor();
      await tap('wizard-submit');
      await wait('done-pending');
      await shot(`outbox-pending-${locale}`);
      await page.emulateMedia({ media: 'print' });
      await shot(`outbox-receipt-print-${locale}`);
      await page.emulateMedia({ media: 'screen' });
      api = await newApi('hainan', dbPath, port);
      await page.getByTestId('outbox-delivered').waitFor({ timeout: 30_000 });
      await shot(`outbox-delivered-${locale}`);
      await tap('menu-logout');
      await wait('session-notice');
      await tap('attract');
      await tap('home-back');
    }
  } finally {
    await kiosk.close();
    await api.close();
  }
}
