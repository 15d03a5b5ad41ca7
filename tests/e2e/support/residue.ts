import type { Page } from '@playwright/test';
import { INVOKE_CHANNELS } from '../../../shared/ipc/names.ts';

/**
 * Everything a page could still show or hand to the next person, as one
 * text to search: the DOM (text, attributes, input values), every Pinia
 * store's state, localStorage, sessionStorage, IndexedDB, cookies,
 * CacheStorage, and the answer of every window.kiosk channel.
 */
export async function collectResidue(page: Page): Promise<string> {
  const inPage = await page.evaluate(async (channels) => {
    const parts: Record<string, unknown> = {};
    parts.dom = document.documentElement.outerHTML;
    parts.inputs = [...document.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value);
    const app = (document.querySelector('#app') as unknown as { __vue_app__?: { config: { globalProperties: { $pinia?: { state: { value: unknown } } } } } })
      .__vue_app__;
    parts.pinia = app?.config.globalProperties.$pinia?.state.value ?? 'no pinia';
    const storage = (store: Storage) => Object.fromEntries(Array.from({ length: store.length }, (_, i) => store.key(i)!).map((key) => [key, store.getItem(key)]));
    parts.localStorage = storage(localStorage);
    parts.sessionStorage = storage(sessionStorage);
    parts.cookie = document.cookie;
    const databases = await indexedDB.databases();
    parts.indexedDB = await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise((resolve) => {
            const opening = indexedDB.open(name!);
            opening.onsuccess = () => {
              const db = opening.result;
              const stores = [...db.objectStoreNames];
              if (stores.length === 0) return resolve({ name, stores: [] });
              const tx = db.transaction(stores, 'readonly');
              const read = stores.map(
                (store) => new Promise((done) => (tx.objectStore(store).getAll().onsuccess = (e) => done((e.target as IDBRequest).result))),
              );
              void Promise.all(read).then((values) => resolve({ name, values }));
            };
            opening.onerror = () => resolve({ name, error: true });
          }),
      ),
    );
    parts.caches = await Promise.all(
      (await caches.keys()).map(async (name) => {
        const cache = await caches.open(name);
        const requests = await cache.keys();
        return { name, entries: await Promise.all(requests.map(async (r) => [r.url, await (await cache.match(r))?.text()])) };
      }),
    );
    const invoke = window.kiosk.invoke as (channel: string, ...payload: unknown[]) => Promise<unknown>;
    parts.channels = Object.fromEntries(await Promise.all(channels.map(async (channel) => [channel, await invoke(channel)])));
    parts.catalog = await invoke('catalog:document', { id: 'management-rules', locale: 'zh-CN' });
    return JSON.stringify(parts);
  }, INVOKE_CHANNELS.filter((channel) => channel !== 'session:end'));
  const cookies = JSON.stringify(await page.context().cookies());
  return `${inPage}\n${cookies}`;
}

/** Puts `value` (ASCII: it goes into a cookie as it is) into every kind of storage a page has, as code that forgot to clean up would. */
export async function plantInStorage(page: Page, value: string): Promise<void> {
  await page.evaluate(async (canary) => {
    localStorage.setItem('draft', canary);
    sessionStorage.setItem('draft', canary);
    document.cookie = `draft=${canary}; max-age=86400; path=/`;
    await new Promise<void>((resolve, reject) => {
      const opening = indexedDB.open('drafts', 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore('drafts');
      opening.onsuccess = () => {
        const tx = opening.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put(canary, 'draft');
        tx.oncomplete = () => {
          opening.result.close();
          resolve();
        };
        tx.onerror = () => reject(new Error('indexedDB'));
      };
      opening.onerror = () => reject(new Error('indexedDB'));
    });
    const cache = await caches.open('drafts');
    await cache.put('/draft', new Response(canary));
  }, value);
}
