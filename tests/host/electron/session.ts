import { EventEmitter } from 'node:events';

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

/**
 * session stand-in. The browser context grants no permission and accepts no
 * download, whatever main sets here; the handlers are kept so a test can see
 * what main installed.
 */
class HostSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.permissionCheckHandler = handler;
  }
}

export const session = { defaultSession: new HostSession() };
