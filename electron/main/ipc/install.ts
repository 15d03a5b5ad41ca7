import { ipcMain } from 'electron';
import { registerIpcHandlers, type DispatchOptions, type IpcHandlers } from './dispatch.ts';
import type { SenderEvent } from '../security/sender.ts';

/** Wires the handlers to Electron's ipcMain (the only place that touches it). */
export function installIpc(handlers: IpcHandlers, options: DispatchOptions): () => void {
  return registerIpcHandlers(
    {
      handle: (channel, listener) => ipcMain.handle(channel, (event, ...args) => listener(event as SenderEvent, ...args)),
      removeHandler: (channel) => ipcMain.removeHandler(channel),
    },
    handlers,
    options,
  );
}
