import { describe, expect, it } from 'vitest';
import { CitizenSession } from '../../../electron/main/services/session/citizen-session.ts';
import { createWipe, type WipeReason } from '../../../electron/main/services/session/wipe.ts';
import type { Session } from '../../../shared/contract/sessions.ts';
import { SAMPLE_ACCOUNT } from './sample-account.ts';

const silent = { error() {}, warn() {}, info() {}, debug() {} };
const TOKEN = 't'.repeat(43);
const session: Session = { token: TOKEN, expiresAt: '2026-01-01T00:30:00.000Z', account: SAMPLE_ACCOUNT };

/** A wipe whose steps are recorded in order; `showAttract` waits until the test lets it finish. */
function setup(options: { revokeFails?: boolean; clearFails?: boolean } = {}) {
  const steps: string[] = [];
  let finishShow: () => void = () => undefined;
  const citizen = new CitizenSession({ revoke: async () => undefined, onExpired: () => undefined });
  const wipe = createWipe({
    citizen,
    revoke: async (token) => {
      steps.push(`revoke ${token.slice(0, 1)}`);
      if (options.revokeFails) throw new Error('central API down');
    },
    stopIdle: () => steps.push('stop idle'),
    announce: ({ reason, epoch }) => steps.push(`announce ${reason} ${epoch}`),
    clearRendererData: async () => {
      steps.push('clear storage');
      if (options.clearFails) throw new Error('disk');
    },
    showAttract: (reason: WipeReason) => {
      steps.push(`show attract (${reason})`);
      return new Promise((resolve) => (finishShow = resolve));
    },
    log: silent,
  });
  return { steps, citizen, wipe, finishShow: () => finishShow() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the wipe', () => {
  it('forgets and revokes the token, moves the epoch on, announces it, clears storage, then shows a fresh attract screen', async () => {
    const { steps, citizen, wipe, finishShow } = setup();
    await citizen.begin(session, citizen.epoch);
    const done = wipe.wipe('idle');
    expect(citizen.active).toBe(false);
    expect(citizen.epoch).toBe(2);
    expect(wipe.accepting()).toBe(false);
    await settle();
    expect(steps).toEqual(['stop idle', 'announce idle 2', 'revoke t', 'clear storage', 'show attract (idle)']);
    finishShow();
    await done;
    expect(wipe.accepting()).toBe(true);
  });

  it('tells the next page why the last session ended, once, and nothing for a plain return to the start', async () => {
    const { wipe, finishShow } = setup();
    const idle = wipe.wipe('idle');
    await settle();
    finishShow();
    await idle;
    expect(wipe.takeNotice()).toBe('idle');
    expect(wipe.takeNotice()).toBeNull();
    const start = wipe.wipe('start');
    await settle();
    finishShow();
    await start;
    expect(wipe.takeNotice()).toBeNull();
  });

  it('runs one wipe at a time: a second request while one runs joins it', async () => {
    const { steps, wipe, citizen, finishShow } = setup();
    const first = wipe.wipe('logout');
    const second = wipe.wipe('idle');
    await settle();
    finishShow();
    await Promise.all([first, second]);
    expect(citizen.epoch).toBe(2);
    expect(steps.filter((s) => s.startsWith('show attract'))).toEqual(['show attract (logout)']);
  });

  it('still replaces the page when the central API or the storage clearing fails', async () => {
    const { steps, citizen, wipe, finishShow } = setup({ revokeFails: true, clearFails: true });
    await citizen.begin(session, citizen.epoch);
    const done = wipe.wipe('logout');
    await settle();
    finishShow();
    await done;
    await wipe.settled();
    expect(steps).toContain('show attract (logout)');
    expect(wipe.accepting()).toBe(true);
  });
});
