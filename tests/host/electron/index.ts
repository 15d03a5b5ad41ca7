// The `electron` module as the test host provides it: what the app uses, on
// Playwright and Debian's Chromium. See tests/host/README.md.
import { screen as hostScreen } from './screen.ts';

export { app } from './app.ts';
export { HostBrowserWindow as BrowserWindow } from './browser-window.ts';
export { HostWebContents as webContents } from './web-contents.ts';
export { ipcMain } from './ipc-main.ts';
export { protocol } from './protocol.ts';
export { session } from './session.ts';
export { safeStorage } from './safe-storage.ts';
export { powerSaveBlocker } from './power-save-blocker.ts';

export const screen = hostScreen;

export const dialog = {
  showErrorBox(title: string, content: string): void {
    process.stderr.write(`[dialog] ${title}\n${content}\n`);
  },
};

export const Menu = { setApplicationMenu(): void {} };
