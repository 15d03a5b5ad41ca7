import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { hostEvent } from './events.ts';
import { ipcMain } from './ipc-main.ts';
import { preloadInitScript } from './preload-shim.ts';
import { customSchemes } from './protocol.ts';
import { session } from './session.ts';
import { attachContents, type HostKeyInput, type RuntimeContents } from './runtime.ts';
import { toElectronUrl, toPageUrl } from './url-mapping.ts';
import { watchResponsiveness } from './hang-watch.ts';
import { hostLog } from './host-log.ts';
import { getPath } from './paths.ts';

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type QueuedEvent = [string, unknown[]];

let nextId = 1;
const all = new Set<HostWebContents>();

/** WebFrameMain as main sees it: URL in app:// form, parent null for the top frame. */
function frameFacade(frame: Frame): { url: string; parent: unknown; name: string } {
  const parent = frame.parentFrame();
  return { url: toElectronUrl(frame.url(), customSchemes), parent: parent ? frameFacade(parent) : null, name: frame.name() };
}

/**
 * webContents stand-in over one Playwright page. Electron hands out a
 * window's webContents at once; the page behind it may still be opening, so
 * everything that needs the page waits for `ready`.
 */
export class HostWebContents extends EventEmitter implements RuntimeContents {
  readonly id = nextId++;
  readonly session = session.defaultSession;
  page!: Page;
  readonly ready: Promise<void>;
  /** Electron's contents.navigationHistory (the part the app uses). */
  readonly navigationHistory = { clear: (): void => void this.resetHistory() };
  private destroyed = false;
  private pendingLoad: string | null = null;
  private openHandler: OpenHandler = () => ({ action: 'allow' });
  private cdp: Promise<CDPSession> | null = null;
  /** Events main sent that the page's preload has not pulled yet, and the pull waiting for them. */
  private queue: QueuedEvent[] = [];
  /** URLs the page asked window.open for (CDP Page.windowOpen), oldest first. */
  private readonly windowOpens: string[] = [];
  private waiting: ((batch: QueuedEvent[]) => void) | null = null;

  constructor(opening: Promise<Page>) {
    super();
    all.add(this);
    this.ready = opening.then((page) => this.attach(page));
  }

  private attach(page: Page): void {
    this.page = page;
    attachContents(this);
    void this.devtools()
      .then(async (cdp) => {
        cdp.on('Page.windowOpen', (event) => this.windowOpens.push(event.url));
        await cdp.send('Page.enable');
      })
      .catch(() => undefined);
    page.on('popup', (popup) => void this.onPopup(popup));
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      // A new document: what was queued for the old one is gone with it, as in Electron.
      this.queue = [];
      this.waiting = null;
      this.session.noteOrigin(frame.url());
      this.emit('did-navigate', hostEvent(), toElectronUrl(frame.url(), customSchemes), 200, 'OK');
    });
    page.on('crash', () => {
      hostLog('render-process-gone', { id: this.id });
      this.emit('render-process-gone', hostEvent(), { reason: 'crashed', exitCode: 139 });
    });
    const stopWatching = watchResponsiveness(page, {
      onUnresponsive: () => {
        hostLog('unresponsive', { id: this.id });
        this.emit('unresponsive');
      },
      onResponsive: () => this.emit('responsive'),
    });
    page.once('close', () => {
      stopWatching();
      this.destroyed = true;
      all.delete(this);
      this.emit('destroyed');
    });
  }

  static getAllWebContents(): HostWebContents[] {
    return [...all];
  }

  async installPreload(preloadPath: string): Promise<void> {
    await this.ready;
    await this.page.addInitScript({ content: preloadInitScript(readFileSync(preloadPath, 'utf8')) });
  }

  async loadURL(url: string): Promise<void> {
    await this.ready;
    this.pendingLoad = url;
    this.emit('did-start-loading');
    await this.page.goto(toPageUrl(url, customSchemes));
    this.emit('did-finish-load');
  }

  getURL(): string {
    return this.page ? toElectronUrl(this.page.url(), customSchemes) : '';
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) return;
    this.queue.push([channel, args]);
    this.flush();
  }

  nextEvents(): Promise<QueuedEvent[]> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.flush();
    });
  }

  input(input: HostKeyInput): void {
    const event = hostEvent();
    this.emit('before-input-event', event, input);
    hostLog('before-input-event', { ...input, prevented: event.defaultPrevented });
    if (!event.defaultPrevented) this.emit('host:unprevented-input', input);
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  openDevTools(): void {}
  closeDevTools(): void {}
  isDevToolsOpened(): boolean {
    return false;
  }

  /** Electron's printToPDF: the page as printed (its print stylesheet), from headless Chromium's own PDF printer. */
  async printToPDF(options: { printBackground?: boolean; pageSize?: string } = {}): Promise<Buffer> {
    await this.ready;
    return this.page.pdf({ printBackground: options.printBackground ?? false, format: options.pageSize ?? 'Letter' });
  }

  /**
   * Electron's print: there is no printer here, so the page is printed to a
   * PDF in the host's own "printer" folder (user data, host-printer/) and
   * reported as `print` with the device name, then the callback says it
   * printed, as a printer that took the job would.
   */
  print(options: { silent?: boolean; deviceName?: string } = {}, callback?: (success: boolean, failureReason: string) => void): void {
    void this.printToPDF({ printBackground: true, pageSize: 'A5' }).then(
      (pdf) => {
        const folder = join(getPath('userData'), 'host-printer');
        mkdirSync(folder, { recursive: true });
        const file = join(folder, `${options.deviceName ?? 'default'}-${Date.now()}.pdf`);
        writeFileSync(file, pdf);
        hostLog('print', { deviceName: options.deviceName ?? null, silent: options.silent ?? false, file });
        callback?.(true, '');
      },
      (error: unknown) => callback?.(false, (error as Error).message),
    );
  }

  /** Kills the renderer process, as Electron does for a hung renderer. */
  forcefullyCrashRenderer(): void {
    void this.devtools()
      .then((cdp) => cdp.send('Page.crash'))
      .catch(() => undefined);
  }

  /** The page's own CDP session (the host's, not the tests'). */
  devtools(): Promise<CDPSession> {
    this.cdp ??= this.ready.then(() => this.page.context().newCDPSession(this.page));
    return this.cdp;
  }

  allowNavigation(url: string, isMainFrame: boolean): boolean {
    if (isMainFrame && this.pendingLoad === url) {
      this.pendingLoad = null;
      return true;
    }
    // A reload (F5, location.reload()) is not a navigation for will-navigate; it only starts loading.
    if (isMainFrame && url === this.getURL()) {
      this.emit('did-start-loading');
      return true;
    }
    const event = hostEvent({ url, isMainFrame });
    this.emit(isMainFrame ? 'will-navigate' : 'will-frame-navigate', event, url);
    return !event.defaultPrevented;
  }

  invoke(channel: string, frame: Frame, args: unknown[]): Promise<unknown> {
    return ipcMain.invoke(channel, { sender: this, senderFrame: frameFacade(frame), frameId: 0, processId: 0 }, args);
  }

  private flush(): void {
    if (!this.waiting || this.queue.length === 0) return;
    const resolve = this.waiting;
    const batch = this.queue;
    this.waiting = null;
    this.queue = [];
    resolve(batch);
  }

  private async resetHistory(): Promise<void> {
    await (await this.devtools()).send('Page.resetNavigationHistory').catch(() => undefined);
  }

  private async onPopup(popup: Page): Promise<void> {
    // The popup shows only the error of its blocked load; the URL asked for comes from the opener's Page.windowOpen.
    for (let i = 0; i < 250 && this.windowOpens.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const url = toElectronUrl(this.windowOpens.shift() ?? popup.url(), customSchemes);
    const { action } = this.openHandler({ url });
    hostLog('window-open', { url, action });
    if (action === 'deny') await popup.close().catch(() => undefined);
  }
}
