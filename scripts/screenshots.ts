// `npm run screenshots`: the README's pictures, taken from the kiosk as built
// (test host + reference API with its development endpoints), in zh-CN and
// en, at 1920x1080.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHostKiosk } from '../tests/host/launch.ts';
import { startServer } from '../server/app.ts';
import { DEV_API_PATHS, apiPath } from '../shared/contract/paths.ts';

const OUT = 'docs/screenshots';
const api = await startServer({ dbPath: join(mkdtempSync(join(tmpdir(), 'qk-shots-')), 'api.sqlite'), devEndpoints: true });
const kiosk = await launchHostKiosk({
  config: {
    centralApiUrl: api.url,
    hallName: '海口市政务服务中心',
    terminalId: 'HK-01',
    kioskMode: false,
    connectivityProbeSeconds: 1,
    // Short, so the idle question can be pictured without a long wait.
    idleTimeoutSeconds: 10,
    idleCountdownSeconds: 60,
  },
});
const { page } = kiosk;

const cdp = await page.context().newCDPSession(page);
/** A finger touch, as the kiosk is used (mouse clicks are not how it is driven); scrolls first if a finger would miss. */
async function touch(locator: ReturnType<typeof page.locator>): Promise<void> {
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
const tap = (testId: string) => touch(page.getByTestId(testId));
const key = (button: string) => touch(page.getByTestId('touch-keyboard').locator(`[data-skbtn="${button}"]`));
const wait = (testId: string) => page.getByTestId(testId).waitFor();
async function shot(name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`${OUT}/${name}.png`);
}

/** The answer of the picture code on screen, from the development endpoint. */
async function captchaAnswer(): Promise<string> {
  const image = page.getByTestId('captcha-image').and(page.locator('[data-status="ready"]'));
  const id = (await image.getAttribute('data-captcha-id')) ?? '';
  const response = await fetch(new URL(apiPath(DEV_API_PATHS.captchaAnswer, { id }), api.url));
  return ((await response.json()) as { answer: string }).answer;
}

/** A registered citizen for the logged-in screens (created through the dev identity platform). */
await fetch(new URL(DEV_API_PATHS.identityAccounts, api.url), {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ kind: 'personal', name: '王芳', idNumber: '440524188001010014', phone: '13500000001', password: 'Identity2026' }),
});

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
