import type { KioskApi } from '../shared/ipc/api.ts';
import type { EventPayload } from '../shared/ipc/channels.ts';
import type { EventChannel } from '../shared/ipc/names.ts';

/** window.kiosk as the renderer uses it. */
export interface GuardedKiosk {
  invoke: KioskApi['invoke'];
  /** Subscribes to a main -> renderer event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/**
 * The page's session epoch, as main told it at start-up, and whether main
 * has since ended it. Once ended, this page belongs to a citizen who has
 * gone: it sends nothing more, and whatever still comes back is dropped
 * (left unanswered, so no code runs on it) until main replaces the page.
 */
const epoch = { current: null as number | null, ended: false };

/** Never settles: the answer of a request of an ended epoch, so the code awaiting it never acts. */
const dropped = new Promise<never>(() => undefined);

/** Takes the epoch main reports as the page starts. */
export function adoptEpoch(value: number): void {
  epoch.current = value;
}

/** Main began epoch `next`: true when that ends this page's epoch (an event about an older one is ignored). */
export function endEpoch(next: number): boolean {
  if (epoch.current !== null && next <= epoch.current) return false;
  epoch.ended = true;
  return true;
}

export const epochEnded = (): boolean => epoch.ended;

/**
 * The API the preload exposes as `window.kiosk`, guarded by the page's
 * epoch. Read at each call, never cached, so tests can put a fake in its place.
 */
export function kiosk(): GuardedKiosk {
  const api = window.kiosk;
  return {
    invoke: ((...args: Parameters<KioskApi['invoke']>) => {
      if (epoch.ended) return dropped;
      return api.invoke(...args).then((result) => (epoch.ended ? dropped : result));
    }) as KioskApi['invoke'],
    on(event, listener) {
      const result = api.on(event, (payload) => {
        if (!epoch.ended) listener(payload);
      });
      if (!result.ok) throw new Error(`${result.error.code}: ${event}`);
      return result.data;
    },
  };
}
