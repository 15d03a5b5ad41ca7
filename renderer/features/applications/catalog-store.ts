import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { localDate, periodOpenOn } from '../../../shared/catalog/periods.ts';
import type { Catalog } from '../../../shared/contract/catalog-schema.ts';
import { kiosk } from '../../kiosk.ts';
import { usePreferencesStore } from '../../stores/preferences.ts';

export type CatalogStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The catalog as main holds it (the page never asks the central API): the
 * indicator kinds, categories, forms and texts every application screen
 * shows. Asked again as each of those screens opens, so a new policy
 * reaches the next screen; the newest answer wins.
 */
export const useCatalogStore = defineStore('catalog', () => {
  const catalog = shallowRef<Catalog | null>(null);
  const status = ref<CatalogStatus>('idle');
  const errorCode = ref<string | null>(null);
  let latest = 0;

  const preferences = usePreferencesStore();

  /** The system's name as the catalog words it (杭州市小客车总量调控管理信息系统...), or null before a catalog is read. */
  const systemName = computed(() => catalog.value?.systemName[preferences.locale] ?? null);

  /** Today in the catalog's time zone (YYYY-MM-DD). */
  const today = computed(() => (catalog.value ? localDate(Date.now(), catalog.value.utcOffsetMinutes) : ''));

  /** The period taking applications today, if any. */
  const openPeriod = computed(() => (catalog.value ? periodOpenOn(catalog.value.periods, today.value) : undefined));

  async function load(): Promise<Catalog | null> {
    const request = ++latest;
    if (!catalog.value) status.value = 'loading';
    const result = await kiosk().invoke('catalog:get');
    if (request !== latest) return catalog.value;
    if (result.ok) {
      catalog.value = result.data;
      errorCode.value = null;
      status.value = 'ready';
    } else {
      // A catalog main refuses (or cannot get) is not shown, not even the one held before.
      catalog.value = null;
      errorCode.value = result.error.code;
      status.value = 'failed';
    }
    return catalog.value;
  }

  function reset(): void {
    latest += 1;
    catalog.value = null;
    status.value = 'idle';
    errorCode.value = null;
  }

  return { catalog, status, errorCode, systemName, today, openPeriod, load, reset };
});
