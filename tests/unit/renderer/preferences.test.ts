import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { DEFAULT_LOCALE } from '../../../shared/locales.ts';
import { usePreferencesStore } from '../../../renderer/stores/preferences.ts';
import { useAppInfoStore } from '../../../renderer/stores/appInfo.ts';

describe('preferences store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('starts in the default locale', () => {
    expect(usePreferencesStore().locale).toBe(DEFAULT_LOCALE);
  });

  it('switches locale', () => {
    const preferences = usePreferencesStore();
    preferences.setLocale('en');
    expect(preferences.locale).toBe('en');
    preferences.setLocale('zh-TW');
    expect(preferences.locale).toBe('zh-TW');
  });

  it('reset() returns to the default locale before the terminal has said its own', () => {
    const preferences = usePreferencesStore();
    preferences.setLocale('en');
    preferences.reset();
    expect(preferences.locale).toBe(DEFAULT_LOCALE);
  });

  it("reset() returns to the terminal's defaultLocale, not zh-CN", () => {
    useAppInfoStore().info = {
      version: '1',
      terminalId: 't',
      hallName: 'h',
      defaultLocale: 'en',
      idleTimeoutSeconds: 90,
      idleCountdownSeconds: 20,
      demoMode: false,
    };
    const preferences = usePreferencesStore();
    preferences.setLocale('zh-TW');
    preferences.reset();
    expect(preferences.locale).toBe('en');
  });
});
