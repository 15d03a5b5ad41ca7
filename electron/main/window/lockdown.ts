import type { BrowserWindow } from 'electron';
import { isBlockedShortcut } from '../security/shortcuts.ts';

/**
 * What a production terminal adds to the window: key shortcuts that reload,
 * zoom, close, print or open devtools are swallowed before the page sees
 * them; devtools that open anyway are closed; and the window cannot be
 * closed, only the app quit (by IT, through the OS). `quitting()` says when
 * a close is the app's own.
 */
export function lockDownWindow(win: BrowserWindow, quitting: () => boolean): void {
  win.webContents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  win.webContents.on('devtools-opened', () => win.webContents.closeDevTools());
  win.on('close', (event) => {
    if (!quitting()) event.preventDefault();
  });
}
