import type { KioskApi } from '../shared/ipc/api.ts';

declare global {
  interface Window {
    /** The preload's API: the renderer's only way out of its sandbox. */
    kiosk: KioskApi;
  }
}
