import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { IpcResult } from '../../../../shared/ipc/errors.ts';
import { createFakeKiosk, installFakeKiosk, type FakeKiosk } from '../fake-kiosk.ts';

/** kiosk.ts keeps the page's epoch at module level: every test gets fresh modules. */
async function load() {
  vi.resetModules();
  const { useTerminalSessionStore } = await import('../../../../renderer/session/store.ts');
  const { kiosk } = await import('../../../../renderer/kiosk.ts');
  return { store: useTerminalSessionStore(), kiosk };
}

const settled = async <T>(promise: Promise<T>): Promise<'pending' | T> =>
  Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 20))]);

describe('the terminal session in the page', () => {
  let fake: FakeKiosk;

  beforeEach(() => {
    setActivePinia(createPinia());
    fake = createFakeKiosk();
    installFakeKiosk(fake);
    fake.answers.set('session:state', { ok: true, data: { epoch: 3, notice: 'idle' } });
    fake.answers.set('session:activity', { ok: true, data: { done: true } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('takes its epoch and the notice for the attract screen from main', async () => {
    const { store } = await load();
    await store.start(() => undefined);
    expect(store.notice).toBe('idle');
    store.clearNotice();
    expect(store.notice).toBeNull();
  });

  it('when main ends its epoch: forgets the citizen, hides everything, and drops every later answer and event', async () => {
    const { store, kiosk } = await load();
    const forgotten = vi.fn();
    await store.start(forgotten);
    let answer: (result: IpcResult<unknown>) => void = () => undefined;
    fake.answers.set('account:get', () => new Promise((resolve) => (answer = resolve)));
    const late = kiosk().invoke('account:get');
    const events: unknown[] = [];
    kiosk().on('connectivity:changed', (state) => events.push(state));

    fake.emit('session:ended', { reason: 'idle', epoch: 4 });
    expect(forgotten).toHaveBeenCalledTimes(1);
    expect(store.ended).toBe(true);

    answer({ ok: true, data: { name: '张三' } });
    expect(await settled(late)).toBe('pending');
    fake.emitConnectivity({ online: false, checkedAt: null });
    expect(events).toEqual([]);
    // Nothing more is sent for a citizen who has gone.
    const calls = fake.invoke.mock.calls.length;
    expect(await settled(kiosk().invoke('account:get'))).toBe('pending');
    expect(fake.invoke.mock.calls.length).toBe(calls);
  });

  it('ignores the end of an epoch older than its own', async () => {
    const { store } = await load();
    const forgotten = vi.fn();
    await store.start(forgotten);
    fake.emit('session:ended', { reason: 'logout', epoch: 3 });
    expect(forgotten).not.toHaveBeenCalled();
    expect(store.ended).toBe(false);
  });

  it('counts the idle question down and takes it away when main says the citizen is back', async () => {
    vi.useFakeTimers();
    try {
      const { store } = await load();
      await store.start(() => undefined);
      fake.emit('idle:warning', { secondsLeft: 20 });
      expect(store.idleSecondsLeft).toBe(20);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(store.idleSecondsLeft).toBe(15);
      fake.emit('idle:resumed', {});
      expect(store.idleSecondsLeft).toBeNull();
      fake.emit('idle:warning', { secondsLeft: 20 });
      store.stillHere();
      expect(store.idleSecondsLeft).toBeNull();
      expect(fake.invoke).toHaveBeenCalledWith('session:activity');
    } finally {
      vi.useRealTimers();
    }
  });

  it('end() asks main for a wipe and hides the page, and shows it again only if main refused outright', async () => {
    const { store } = await load();
    await store.start(() => undefined);
    fake.answers.set('session:end', { ok: false, error: { code: 'session.ended', message: 'wiping' } });
    await store.end('start');
    expect(fake.invoke).toHaveBeenCalledWith('session:end', { reason: 'start' });
    expect(store.ended).toBe(true);
    const { store: other } = await load();
    fake.answers.set('session:end', { ok: false, error: { code: 'ipc.handler_failed', message: 'x' } });
    await other.end('logout');
    expect(other.ended).toBe(false);
  });
});
