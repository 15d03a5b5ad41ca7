import { ref, shallowRef, watch } from 'vue';
import type { Ref } from 'vue';
import type { CatalogDocument, CatalogDocumentId } from '../../shared/contract/catalog.ts';
import type { Locale } from '../../shared/locales.ts';
import { kiosk } from '../kiosk.ts';

export type LoadStatus = 'loading' | 'ready' | 'failed';

/**
 * One catalog document in the current locale, fetched again whenever the
 * document or the locale changes (one screen can show one document, then
 * another: 政策咨询 and 办事指南 share the citizen's document view).
 */
export function useCatalogDocument(id: Ref<CatalogDocumentId>, locale: Ref<Locale>) {
  const document = shallowRef<CatalogDocument | null>(null);
  const status = ref<LoadStatus>('loading');
  const errorCode = ref<string | null>(null);
  let latestRequest = 0;

  async function load(): Promise<void> {
    const request = ++latestRequest;
    status.value = 'loading';
    const result = await kiosk().invoke('catalog:document', { id: id.value, locale: locale.value });
    if (request !== latestRequest) return; // a newer request (another locale, a retry) owns the screen
    if (result.ok) {
      document.value = result.data;
      errorCode.value = null;
      status.value = 'ready';
    } else {
      document.value = null;
      errorCode.value = result.error.code;
      status.value = 'failed';
    }
  }

  watch([id, locale], load, { immediate: true });

  return { document, status, errorCode, reload: load };
}
