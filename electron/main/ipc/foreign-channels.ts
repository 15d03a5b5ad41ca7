import { ipcMain } from 'electron';

/**
 * electron-store answers its renderer-side stores on this channel (the
 * userData path, the app version) for any page that sends to it, past the
 * sender checks of the bridge. The kiosk has no such store.
 */
export const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

/** Closes a channel a library opened on ipcMain: the page reaches main only through the checked bridge (install.ts). */
export function closeForeignChannel(channel: string): void {
  ipcMain.removeAllListeners(channel);
}
