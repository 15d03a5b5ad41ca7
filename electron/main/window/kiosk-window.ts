import type { BrowserWindow } from 'electron';
import type { Logger } from '../services/logger.ts';
import type { WipeReason } from '../services/session/wipe.ts';
import { lockDownWindow } from './lockdown.ts';
import { createMainWindow } from './main-window.ts';

export interface KioskWindowOptions {
  preloadPath: string;
  entryUrl: string;
  kioskMode: boolean;
  /** A production terminal: shortcuts swallowed, no devtools, the window cannot be closed. */
  lockdown: boolean;
  /** The app itself is quitting (closing the window is then allowed). */
  quitting: () => boolean;
  /**
   * The renderer was lost (it crashed or hung) or reloaded itself: whatever
   * it showed is gone or suspect, so the session must be wiped.
   */
  onLost: (reason: 'crash' | 'reload') => void;
  log: Logger;
}

/**
 * The one kiosk window over its lifetime: created, reloaded onto the
 * attract screen, and replaced by a new one when its renderer crashes or
 * hangs. Only loads it starts itself count as expected; any other page
 * load is a reload the session must not survive.
 */
export function createKioskWindow(options: KioskWindowOptions) {
  const { entryUrl, log } = options;
  let win: BrowserWindow | null = null;
  let expectingLoad = false;

  function open(): BrowserWindow {
    const created = createMainWindow({
      preloadPath: options.preloadPath,
      kioskMode: options.kioskMode,
      devTools: !options.lockdown && !options.kioskMode,
    });
    if (options.lockdown) lockDownWindow(created, options.quitting);
    const contents = created.webContents;
    contents.on('did-start-loading', () => {
      if (win !== created) return;
      if (expectingLoad) expectingLoad = false;
      else options.onLost('reload');
    });
    contents.on('render-process-gone', (_event, details) => {
      if (win !== created || details.reason === 'clean-exit') return;
      log.error(`renderer gone (${details.reason}, exit ${details.exitCode}): replacing the window`);
      options.onLost('crash');
    });
    contents.on('unresponsive', () => {
      if (win !== created) return;
      log.error('renderer unresponsive: replacing the window');
      options.onLost('crash');
    });
    created.on('closed', () => {
      if (win === created) win = null;
    });
    win = created;
    return created;
  }

  /** Loads the entry page; resolves once its document has committed, so its first IPC can be answered. */
  async function load(target: BrowserWindow): Promise<void> {
    const contents = target.webContents;
    const committed = new Promise<void>((resolve) => contents.once('did-navigate', () => resolve()));
    expectingLoad = true;
    const loaded = target.loadURL(entryUrl).catch((error: unknown) => {
      expectingLoad = false;
      throw error;
    });
    await Promise.race([committed, loaded]);
    // history.back() must not lead to the page of the citizen before.
    contents.navigationHistory.clear();
    void loaded.catch((error: unknown) => log.error('the kiosk page did not finish loading', error));
  }

  /** Replaces a crashed or hung window with a new one (the new one first, so the app never has none). */
  function replace(): BrowserWindow {
    const old = win;
    const fresh = open();
    if (old && !old.isDestroyed()) {
      if (!old.webContents.isDestroyed()) old.webContents.forcefullyCrashRenderer();
      old.destroy();
    }
    return fresh;
  }

  return {
    /** Opens the first window on the attract screen. */
    start: (): Promise<void> => load(open()),
    /** A fresh renderer on the attract screen: the same window reloaded, a new one after a crash or hang. */
    showAttract: (reason: WipeReason): Promise<void> =>
      load(reason === 'crash' || !win || win.isDestroyed() ? replace() : win),
    current: (): BrowserWindow | null => win,
  };
}

export type KioskWindow = ReturnType<typeof createKioskWindow>;
