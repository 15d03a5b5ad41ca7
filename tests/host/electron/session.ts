import { EventEmitter } from 'node:events';
import type { CDPSession } from 'playwright-core';
import { hostOwnedPage } from './runtime.ts';

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

/**
 * A CDP session for storage and cache calls (they are browser-wide), on a
 * blank page of the host's own: a window's page may be crashed or hung, as
 * when main wipes after a crash, and Electron's session does not need one.
 */
async function anyPageSession(): Promise<{ cdp: CDPSession; done: () => Promise<void> }> {
  const page = await hostOwnedPage();
  const cdp = await page.context().newCDPSession(page);
  return {
    cdp,
    done: async () => {
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}

/**
 * session stand-in. The browser context grants no permission and accepts no
 * download, whatever main sets here; the handlers are kept so a test can see
 * what main installed. Storage and cache are cleared through CDP, for every
 * origin a window of this session has shown (the host serves nothing else).
 */
export class HostSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  private readonly origins = new Set<string>();

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.permissionCheckHandler = handler;
  }

  /** Called by the host's webContents on every main-frame navigation. */
  noteOrigin(url: string): void {
    const origin = URL.canParse(url) ? new URL(url).origin : 'null';
    if (origin !== 'null') this.origins.add(origin);
  }

  /** Electron: clears cookies, local and session storage, IndexedDB, Cache Storage, service workers... of every origin. */
  async clearStorageData(): Promise<void> {
    const { cdp, done } = await anyPageSession();
    try {
      for (const origin of this.origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      await cdp.send('Network.clearBrowserCookies');
    } finally {
      await done();
    }
  }

  /** Electron: clears the HTTP cache. */
  async clearCache(): Promise<void> {
    const { cdp, done } = await anyPageSession();
    try {
      await cdp.send('Network.clearBrowserCache');
    } finally {
      await done();
    }
  }
}

export const session = { defaultSession: new HostSession() };
