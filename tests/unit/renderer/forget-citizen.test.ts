// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { createFakeKiosk, type FakeKiosk } from './fake-kiosk.ts';

/** startup.ts and kiosk.ts keep module state: every test gets fresh modules. */
async function start(fake: FakeKiosk) {
  vi.resetModules();
  Object.assign(window, { kiosk: fake.api });
  const { startKiosk } = await import('../../../renderer/startup.ts');
  const { useApplicationDraftStore } = await import('../../../renderer/features/applications/draft-store.ts');
  const { useRegistrationDraftStore } = await import('../../../renderer/stores/registrationDraft.ts');
  await startKiosk();
  return { application: useApplicationDraftStore(), registration: useRegistrationDraftStore() };
}

describe('when main ends the session', () => {
  let fake: FakeKiosk;

  beforeEach(() => {
    setActivePinia(createPinia());
    fake = createFakeKiosk();
    fake.answers.set('session:state', { ok: true, data: { epoch: 1, notice: null } });
    fake.answers.set('app:info', { ok: false, error: { code: 'ipc.handler_failed', message: '' } });
    fake.answers.set('connectivity:get', { ok: true, data: { online: true, checkedAt: null } });
  });

  it('the page forgets the application being filled in, with everything else the citizen typed', async () => {
    const { application, registration } = await start(fake);
    application.begin({ indicatorKind: 'incremental', applicationType: 'regular_lottery', category: 'talent' }, { talentCertificateNumber: 'RC-2026-001' });
    application.acknowledged = true;
    registration.read = true;
    fake.emit('session:ended', { reason: 'idle', epoch: 2 });
    expect(application.choice).toBeNull();
    expect(application.values).toEqual({});
    expect(application.draftId).toBeNull();
    expect(application.acknowledged).toBe(false);
    expect(registration.read).toBe(false);
  });
});
