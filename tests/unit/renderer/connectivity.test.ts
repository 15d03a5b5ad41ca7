import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useConnectivityStore } from '../../../renderer/stores/connectivity.ts';
import type { IpcResult } from '../../../shared/ipc/errors.ts';
import { createFakeKiosk, installFakeKiosk } from './fake-kiosk.ts';
import type { FakeKiosk } from './fake-kiosk.ts';

const T0 = '2025-01-01T08:00:00.000Z';
const T1 = '2025-01-01T08:00:30.000Z';

describe('connectivity store', () => {
  let fake: FakeKiosk;

  beforeEach(() => {
    setActivePinia(createPinia());
    fake = createFakeKiosk();
    installFakeKiosk(fake);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('is unknown before start', () => {
    const connectivity = useConnectivityStore();
    expect(connectivity.state).toBe('unknown');
    expect(connectivity.online).toBeNull();
  });

  it('takes the current state from connectivity:get', async () => {
    fake.answers.set('connectivity:get', { ok: true, data: { online: true, checkedAt: T0 } });
    const connectivity = useConnectivityStore();
    await connectivity.start();
    expect(fake.invoke).toHaveBeenCalledWith('connectivity:get');
    expect(connectivity.state).toBe('online');
    expect(connectivity.checkedAt).toBe(T0);
  });

  it('follows connectivity:changed events', async () => {
    fake.answers.set('connectivity:get', { ok: true, data: { online: true, checkedAt: T0 } });
    const connectivity = useConnectivityStore();
    await connectivity.start();
    fake.emitConnectivity({ online: false, checkedAt: T1 });
    expect(connectivity.state).toBe('offline');
    fake.emitConnectivity({ online: null, checkedAt: null });
    expect(connectivity.state).toBe('unknown');
  });

  it('stays unknown when connectivity:get fails', async () => {
    fake.answers.set('connectivity:get', { ok: false, error: { code: 'ipc.handler_failed', message: 'x' } });
    const connectivity = useConnectivityStore();
    await connectivity.start();
    expect(connectivity.state).toBe('unknown');
  });

  it('keeps a newer event over an older answer that arrives after it', async () => {
    let answer: (result: IpcResult<unknown>) => void = () => {};
    fake.answers.set('connectivity:get', () => new Promise((resolve) => (answer = resolve)));
    const connectivity = useConnectivityStore();
    const started = connectivity.start();
    fake.emitConnectivity({ online: false, checkedAt: T1 });
    answer({ ok: true, data: { online: true, checkedAt: T0 } });
    await started;
    expect(connectivity.state).toBe('offline');
  });

  it('subscribes once however often start() is called', async () => {
    fake.answers.set('connectivity:get', { ok: true, data: { online: true, checkedAt: T0 } });
    const connectivity = useConnectivityStore();
    await connectivity.start();
    await connectivity.start();
    expect(fake.listenerCount()).toBe(1);
  });

  it('reset() forgets the state and unsubscribes', async () => {
    fake.answers.set('connectivity:get', { ok: true, data: { online: true, checkedAt: T0 } });
    const connectivity = useConnectivityStore();
    await connectivity.start();
    connectivity.reset();
    expect(connectivity.state).toBe('unknown');
    expect(connectivity.checkedAt).toBeNull();
    expect(fake.listenerCount()).toBe(0);
    fake.emitConnectivity({ online: false, checkedAt: T1 });
    expect(connectivity.state).toBe('unknown');
  });

  it('ignores an answer that arrives after reset()', async () => {
    let answer: (result: IpcResult<unknown>) => void = () => {};
    fake.answers.set('connectivity:get', () => new Promise((resolve) => (answer = resolve)));
    const connectivity = useConnectivityStore();
    const started = connectivity.start();
    connectivity.reset();
    answer({ ok: true, data: { online: true, checkedAt: T0 } });
    await started;
    expect(connectivity.state).toBe('unknown');
  });
});
