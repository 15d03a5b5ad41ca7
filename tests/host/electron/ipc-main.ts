import { EventEmitter } from 'node:events';

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

/** ipcMain stand-in: handlers are called by the runtime when the page's preload invokes. */
class HostIpcMain extends EventEmitter {
  private readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  handleOnce(channel: string, listener: InvokeListener): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return listener(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What Electron does on ipcRenderer.invoke: no handler is an error in the renderer. */
  async invoke(channel: string, event: unknown, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export const ipcMain = new HostIpcMain();
