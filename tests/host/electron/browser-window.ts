import { EventEmitter } from 'node:events';
import { runtimeContext } from './runtime.ts';
import { HostWebContents } from './web-contents.ts';
import { appEvents } from './app-events.ts';

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

/** BrowserWindow stand-in: one Playwright page. */
export class HostBrowserWindow extends EventEmitter {
  readonly id = nextId++;
  webContents!: HostWebContents;
  private readonly created: Promise<void>;
  private shown = false;
  private destroyed = false;

  constructor(options: { show?: boolean; webPreferences?: WebPreferences } = {}) {
    super();
    const prefs = options.webPreferences ?? {};
    checkWebPreferences(prefs);
    windows.add(this);
    this.created = this.create(prefs);
  }

  static getAllWindows(): HostBrowserWindow[] {
    return [...windows];
  }

  private async create(prefs: WebPreferences): Promise<void> {
    const context = runtimeContext();
    const blank = context.pages().find((p) => p.url() === 'about:blank' && !HostWebContents.getAllWebContents().some((c) => c.page === p));
    const page = blank ?? (await context.newPage());
    this.webContents = new HostWebContents(page);
    appEvents.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    if (prefs.preload) await this.webContents.installPreload(prefs.preload);
    page.once('close', () => this.onClosed());
  }

  async loadURL(url: string): Promise<void> {
    await this.created;
    await this.webContents.loadURL(url);
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

  close(): void {
    void this.created.then(() => this.webContents.page.close());
  }

  private onClosed(): void {
    this.destroyed = true;
    windows.delete(this);
    this.emit('closed');
    if (windows.size === 0) appEvents.emit('window-all-closed');
  }
}
