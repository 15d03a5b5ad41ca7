import type { KioskApi } from '../shared/ipc/api.ts';

/**
 * The API the preload exposes as `window.kiosk`. Read at each call, never
 * cached, so tests can put a fake in its place.
 */
export function kiosk(): KioskApi {
  return window.kiosk;
}
