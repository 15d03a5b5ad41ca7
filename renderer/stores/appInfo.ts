import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { AppInfo } from '../../shared/ipc/channels.ts';
import { kiosk } from '../kiosk.ts';
import { usePreferencesStore } from './preferences.ts';

/** What main says about this terminal: hall, terminal id, version, defaults. */
export const useAppInfoStore = defineStore('appInfo', () => {
  const info = ref<AppInfo | null>(null);

  const preferences = usePreferencesStore();

  /** The hall's name in the current language, else its zh-CN name; '' while unknown. */
  const hallName = computed(() => {
    const hall = info.value?.hallName;
    if (hall === undefined) return '';
    return typeof hall === 'string' ? hall : (hall[preferences.locale] ?? hall['zh-CN']);
  });

  /** Asks main; on failure keeps nothing and answers null (the screens show no hall name). */
  async function load(): Promise<AppInfo | null> {
    const result = await kiosk().invoke('app:info');
    info.value = result.ok ? result.data : null;
    return info.value;
  }

  function reset(): void {
    info.value = null;
  }

  return { info, hallName, load, reset };
});
