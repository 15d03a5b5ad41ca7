import { EventEmitter } from 'node:events';
import type { Page } from 'playwright-core';
import { isHostOwned, runtimeContext } from './runtime.ts';
import type { HostKeyInput } from './runtime.ts';
import { HostWebContents } from './web-contents.ts';
import { appEvents } from './app-events.ts';
import { hostEvent } from './events.ts';
import { hostLog } from './host-log.ts';

interface WebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  webviewTag?: boolean;
}

let nextId = 1;
const windows = new Set<HostBrowserWindow>();
/** Pages some window has taken. */
const claimed = new WeakSet<Page>();

/**
 * The host cannot give a page Node, so it refuses what it cannot honestly
 * stand in for: a window without sandbox and context isolation.
 */
function checkWebPreferences(prefs: WebPreferences): void {
  if (prefs.contextIsolation === false) throw new Error('test host: contextIsolation must be true');
  if (prefs.sandbox !== true) throw new Error('test host: sandbox must be true');
  if (prefs.nodeIntegration || prefs.nodeIntegrationInSubFrames) throw new Error('test host: nodeIntegration must be false');
  if (prefs.webviewTag) throw new Error('test host: webviewTag must be false');
}

/** Alt+F4 is the window manager's: it closes the window unless main swallowed the key. */
const closesWindow = (input: HostKeyInput) => input.type === 'keyDown' && input.alt && input.key === 'F4';

/** BrowserWindow stand-in: one Playwright page. */
export class HostBrowserWindow extends EventEmitter {
  readonly id = nextId++;
  readonly webContents: HostWebContents;
  private readonly created: Promise<void>;
  private shown = false;
  private loaded = false;
  private destroyed = false;

  constructor(options: { show?: boolean; webPreferences?: WebPreferences } = {}) {
    super();
    const prefs = options.webPreferences ?? {};
    checkWebPreferences(prefs);
    windows.add(this);
    this.webContents = new HostWebContents(this.openPage());
    this.webContents.on('host:unprevented-input', (input: HostKeyInput) => {
      if (closesWindow(input)) this.close();
    });
    appEvents.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    this.created = this.create(prefs);
  }

  static getAllWindows(): HostBrowserWindow[] {
    return [...windows];
  }

  /** The browser's first blank page if no window has it yet, else a new one. */
  private async openPage(): Promise<Page> {
    const context = runtimeContext();
    const blank = context.pages().find((p) => p.url() === 'about:blank' && !isHostOwned(p) && !claimed.has(p));
    const page = blank ?? (await context.newPage());
    claimed.add(page);
    return page;
  }

  private async create(prefs: WebPreferences): Promise<void> {
    await this.webContents.ready;
    if (prefs.preload) await this.webContents.installPreload(prefs.preload);
    this.webContents.page.once('close', () => this.onClosed());
  }

  async loadURL(url: string): Promise<void> {
    await this.created;
    await this.webContents.loadURL(url);
    if (!this.loaded) {
      // A new Electron window has no history entry before its first page (the host's page starts at about:blank).
      this.loaded = true;
      this.webContents.navigationHistory.clear();
    }
    if (!this.shown) {
      this.shown = true;
      this.emit('ready-to-show');
    }
  }

  show(): void {}
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** As a user closing the window: 'close' first, which main may prevent. */
  close(): void {
    const event = hostEvent();
    this.emit('close', event);
    hostLog('window-close', { id: this.id, prevented: event.defaultPrevented });
    if (!event.defaultPrevented) this.destroy();
  }

  /** Closes the window at once, without 'close'. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    void this.created.then(() => this.webContents.page.close({ runBeforeUnload: false })).catch(() => undefined);
  }

  private onClosed(): void {
    this.destroyed = true;
    windows.delete(this);
    this.emit('closed');
    if (windows.size === 0) appEvents.emit('window-all-closed');
  }
}
