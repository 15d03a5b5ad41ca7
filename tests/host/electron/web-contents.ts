import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { hostEvent } from './events.ts';
import { ipcMain } from './ipc-main.ts';
import { preloadInitScript } from './preload-shim.ts';
import { customSchemes } from './protocol.ts';
import { session } from './session.ts';
import { attachContents, type RuntimeContents } from './runtime.ts';
import { toElectronUrl, toPageUrl } from './url-mapping.ts';

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

let nextId = 1;
const all = new Set<HostWebContents>();

/** WebFrameMain as main sees it: URL in app:// form, parent null for the top frame. */
function frameFacade(frame: Frame): { url: string; parent: unknown; name: string } {
  const parent = frame.parentFrame();
  return { url: toElectronUrl(frame.url(), customSchemes), parent: parent ? frameFacade(parent) : null, name: frame.name() };
}

/** webContents stand-in over one Playwright page. */
export class HostWebContents extends EventEmitter implements RuntimeContents {
  readonly id = nextId++;
  readonly session = session.defaultSession;
  readonly page: Page;
  private destroyed = false;
  private pendingLoad: string | null = null;
  private openHandler: OpenHandler = () => ({ action: 'allow' });

  constructor(page: Page) {
    super();
    this.page = page;
    all.add(this);
    attachContents(this);
    page.on('popup', (popup) => void this.onPopup(popup));
    page.once('close', () => {
      this.destroyed = true;
      all.delete(this);
      this.emit('destroyed');
    });
  }

  static getAllWebContents(): HostWebContents[] {
    return [...all];
  }

  async installPreload(preloadPath: string): Promise<void> {
    await this.page.addInitScript({ content: preloadInitScript(readFileSync(preloadPath, 'utf8')) });
  }

  async loadURL(url: string): Promise<void> {
    this.pendingLoad = url;
    this.emit('did-start-loading');
    await this.page.goto(toPageUrl(url, customSchemes));
    this.emit('did-finish-load');
  }

  getURL(): string {
    return toElectronUrl(this.page.url(), customSchemes);
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) return;
    this.page
      .evaluate(([c, a]) => (globalThis as unknown as { __kioskHostDeliver?: (c: string, a: unknown[]) => void }).__kioskHostDeliver?.(c, a), [channel, args] as const)
      .catch(() => undefined);
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  openDevTools(): void {}

  allowNavigation(url: string, isMainFrame: boolean): boolean {
    if (isMainFrame && this.pendingLoad === url) {
      this.pendingLoad = null;
      return true;
    }
    const event = hostEvent({ url, isMainFrame });
    this.emit(isMainFrame ? 'will-navigate' : 'will-frame-navigate', event, url);
    return !event.defaultPrevented;
  }

  invoke(channel: string, frame: Frame, args: unknown[]): Promise<unknown> {
    return ipcMain.invoke(channel, { sender: this, senderFrame: frameFacade(frame), frameId: 0, processId: 0 }, args);
  }

  private async onPopup(popup: Page): Promise<void> {
    const { action } = this.openHandler({ url: toElectronUrl(popup.url(), customSchemes) });
    if (action === 'deny') await popup.close().catch(() => undefined);
  }
}
