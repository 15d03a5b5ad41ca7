import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useAppInfoStore } from '../../../renderer/stores/appInfo.ts';
import { usePreferencesStore } from '../../../renderer/stores/preferences.ts';
import type { AppInfo } from '../../../shared/ipc/channels.ts';
import { createFakeKiosk, installFakeKiosk } from './fake-kiosk.ts';
import type { FakeKiosk } from './fake-kiosk.ts';

const INFO: AppInfo = {
  version: '0.1.0',
  terminalId: 'HK-01',
  hallName: '海口市机动车服务大厅',
  defaultLocale: 'zh-CN',
  idleTimeoutSeconds: 120,
  idleCountdownSeconds: 20,
  demoMode: false,
};

describe('appInfo store', () => {
  let fake: FakeKiosk;

  beforeEach(() => {
    setActivePinia(createPinia());
    fake = createFakeKiosk();
    installFakeKiosk(fake);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('loads app:info', async () => {
    fake.answers.set('app:info', { ok: true, data: INFO });
    const appInfo = useAppInfoStore();
    await expect(appInfo.load()).resolves.toEqual(INFO);
    expect(appInfo.hallName).toBe(INFO.hallName);
  });

  it('shows the hall name in the current language, in zh-CN where the hall has none in it', async () => {
    fake.answers.set('app:info', { ok: true, data: { ...INFO, hallName: { 'zh-CN': '海口市政务服务中心', en: 'Haikou Government Service Centre' } } });
    const appInfo = useAppInfoStore();
    const preferences = usePreferencesStore();
    await appInfo.load();
    expect(appInfo.hallName).toBe('海口市政务服务中心');
    preferences.setLocale('en');
    expect(appInfo.hallName).toBe('Haikou Government Service Centre');
    preferences.setLocale('zh-TW');
    expect(appInfo.hallName).toBe('海口市政务服务中心');
  });

  it('holds nothing when app:info fails', async () => {
    const appInfo = useAppInfoStore();
    await expect(appInfo.load()).resolves.toBeNull();
    expect(appInfo.info).toBeNull();
    expect(appInfo.hallName).toBe('');
  });

  it('reset() forgets the info', async () => {
    fake.answers.set('app:info', { ok: true, data: INFO });
    const appInfo = useAppInfoStore();
    await appInfo.load();
    appInfo.reset();
    expect(appInfo.info).toBeNull();
    expect(appInfo.hallName).toBe('');
  });
});
