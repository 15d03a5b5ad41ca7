import { defineStore } from 'pinia';
import { ref } from 'vue';
import { DEFAULT_LOCALE } from '../../shared/locales.ts';
import type { Locale } from '../../shared/locales.ts';
import { useAppInfoStore } from './appInfo.ts';

/** The citizen's display preferences: today only the language. */
export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref<Locale>(DEFAULT_LOCALE);

  function setLocale(next: Locale): void {
    locale.value = next;
  }

  /** Back to the terminal's own language (its defaultLocale), not whatever the last citizen chose. */
  function reset(): void {
    locale.value = useAppInfoStore().info?.defaultLocale ?? DEFAULT_LOCALE;
  }

  return { locale, setLocale, reset };
});
