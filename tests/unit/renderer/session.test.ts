import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import type { Account } from '../../../shared/contract/accounts.ts';
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
});
