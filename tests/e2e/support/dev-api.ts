import { expect, type Page } from '@playwright/test';
import {
  devCaptchaAnswerSchema,
  devClockSchema,
  devIdentityAccountCreatedSchema,
  devSessionsSchema,
  type DevIdentityAccountInput,
} from '../../../shared/contract/dev.ts';
import { devSmsMessageSchema, type DevSmsMessage } from '../../../shared/contract/verification.ts';
import { DEV_API_PATHS, apiPath } from '../../../shared/contract/paths.ts';
import type { ReviewDecision } from '../../../shared/applications/statuses.ts';
import type { RunningServer } from '../../../server/app.ts';

/**
 * What a tester at the counter would read off the development server: the
 * picture code's answer, the SMS inbox, identity-platform accounts, the clock.
 */
async function call(api: RunningServer, path: string, init?: { method: string; body: unknown }): Promise<unknown> {
  const response = await fetch(new URL(path, api.url), {
    method: init?.method ?? 'GET',
    headers: init ? { 'content-type': 'application/json' } : {},
    body: init ? JSON.stringify(init.body) : null,
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** The answer of the picture code on screen now (waits for it to load). */
export async function captchaAnswer(api: RunningServer, page: Page): Promise<string> {
  const image = page.getByTestId('captcha-image');
  await expect(image).toHaveAttribute('data-status', 'ready');
  const id = await image.getAttribute('data-captcha-id');
  if (!id) throw new Error('the captcha has no id');
  const body = await call(api, apiPath(DEV_API_PATHS.captchaAnswer, { id }));
  return devCaptchaAnswerSchema.parse(body).answer;
}

/** Every SMS sent to `phone`, oldest first. */
export async function smsInbox(api: RunningServer, phone: string): Promise<DevSmsMessage[]> {
  const body = await call(api, `${DEV_API_PATHS.smsInbox}?phone=${phone}`);
  return devSmsMessageSchema.array().parse(body);
}

/** The newest code sent to `phone` (waits for it to arrive). */
export async function latestSmsCode(api: RunningServer, phone: string, count = 1): Promise<string> {
  await expect.poll(async () => (await smsInbox(api, phone)).length).toBeGreaterThanOrEqual(count);
  return (await smsInbox(api, phone)).at(-1)!.code;
}

export async function createIdentityAccount(api: RunningServer, account: DevIdentityAccountInput): Promise<void> {
  devIdentityAccountCreatedSchema.parse(await call(api, DEV_API_PATHS.identityAccounts, { method: 'POST', body: account }));
}

/** Moves the server's clock on, so codes and captchas expire without waiting. */
export async function advanceClock(api: RunningServer, seconds: number): Promise<void> {
  devClockSchema.parse(await call(api, DEV_API_PATHS.clock, { method: 'POST', body: { advanceSeconds: seconds } }));
}

/** How many live sessions the central API holds for the account at `phone`. */
export async function liveSessions(api: RunningServer, phone: string): Promise<number> {
  return devSessionsSchema.parse(await call(api, `${DEV_API_PATHS.liveSessions}?phone=${phone}`)).live;
}

/** Moves the server's clock on to 10:00 in Beijing on `day` (YYYY-MM-DD, not before today there). */
export async function advanceClockTo(api: RunningServer, day: string): Promise<void> {
  const { now } = devClockSchema.parse(await call(api, DEV_API_PATHS.clock, { method: 'POST', body: { advanceSeconds: 0 } }));
  const seconds = Math.round((Date.parse(`${day}T02:00:00Z`) - Date.parse(now)) / 1000);
  if (seconds < 0) throw new Error(`the server's clock is past ${day} already`);
  await advanceClock(api, seconds);
}

/** The operator's next review step of an application (start: 审核中, approve: 审核通过, reject: 审核不通过). */
export async function review(api: RunningServer, code: string, decision: ReviewDecision): Promise<void> {
  await call(api, apiPath(DEV_API_PATHS.operatorReview, { code }), { method: 'POST', body: { decision } });
}

/** The operator freezes a period's pools and runs its draws and queue. */
export async function drawPeriod(api: RunningServer, periodId: string): Promise<void> {
  await call(api, apiPath(DEV_API_PATHS.operatorDraw, { id: periodId }), { method: 'POST', body: {} });
}
