import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import type { Account } from '../../../shared/contract/accounts.ts';
import type { IpcResult } from '../../../shared/ipc/errors.ts';
import { createFakeKiosk, installFakeKiosk } from './fake-kiosk.ts';
import type { FakeKiosk } from './fake-kiosk.ts';

const ACCOUNT: Account = {
  id: 'acc-1',
  userType: 'personal',
  name: '张三',
  idType: 'resident_id',
  idNumberMasked: '4601**********1234',
  phoneMasked: '138****8000',
  creditCode: null,
  contactName: null,
  createdAt: '2025-01-01T08:00:00.000Z',
};

describe('session store', () => {
  let fake: FakeKiosk;

  beforeEach(() => {
    setActivePinia(createPinia());
    fake = createFakeKiosk();
    installFakeKiosk(fake);
    fake.answers.set('auth:logout', { ok: true, data: { done: true } });
  });

  afterEach(() => vi.unstubAllGlobals());

  it('starts signed out, remembers who signed in, and forgets on reset()', () => {
    const session = useSessionStore();
    expect(session.account).toBeNull();
    session.signedIn(ACCOUNT);
    expect(session.account).toEqual(ACCOUNT);
    session.reset();
    expect(session.account).toBeNull();
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('logout() forgets the account before main answers, and ends the session in main', async () => {
    let answer: (result: IpcResult<unknown>) => void = () => {};
    fake.answers.set('auth:logout', () => new Promise((resolve) => (answer = resolve)));
    const session = useSessionStore();
    session.signedIn(ACCOUNT);

    let settled = false;
    const loggingOut = session.logout().then(() => (settled = true));
    expect(session.account).toBeNull();
    expect(fake.invoke).toHaveBeenCalledTimes(1);
    expect(fake.invoke).toHaveBeenCalledWith('auth:logout');
    await Promise.resolve();
    expect(settled).toBe(false);

    answer({ ok: true, data: { done: true } });
    await loggingOut;
    expect(settled).toBe(true);
    expect(session.account).toBeNull();
  });

  it('logout() asks main nothing when nobody is signed in', async () => {
    const session = useSessionStore();
    await session.logout();
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('logout() twice ends the session in main once', async () => {
    const session = useSessionStore();
    session.signedIn(ACCOUNT);
    await Promise.all([session.logout(), session.logout()]);
    expect(fake.invoke).toHaveBeenCalledTimes(1);
  });

  it('logout() stays signed out when main fails to answer', async () => {
    fake.answers.set('auth:logout', { ok: false, error: { code: 'api.unreachable', message: 'x' } });
    const session = useSessionStore();
    session.signedIn(ACCOUNT);
    await session.logout();
    expect(session.account).toBeNull();
  });
});
