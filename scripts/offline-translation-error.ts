// Electronegativity downloads its translations when it starts. Offline, the
// download fails (it then uses its bundled English), but got's retry throws
// again later from a timer, outside any promise: a RequestError for the
// translation host, then p-cancelable's "`onCancel` handler was attached after
// the promise settled". Neither has anything to do with the scan.
import electronegativity from '@doyensec/electronegativity/package.json' with { type: 'json' };

export const TRANSLATION_HOST = new URL(electronegativity.i18nSource).hostname;

/** True for the errors of the failed translation download only; anything else is a real failure. */
export function isOfflineTranslationError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.message.includes('`onCancel` handler was attached after the promise settled')) return true;
  const url: unknown = (error as { options?: { url?: unknown } }).options?.url;
  return error.name === 'RequestError' && url instanceof URL && url.hostname === TRANSLATION_HOST;
}
