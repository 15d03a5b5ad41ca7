// The one bridge: window.kiosk, generated from the channel names. Nothing of
// Electron (no event objects, no ipcRenderer) reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/names.ts';
import type { KioskApi } from '../../shared/ipc/api.ts';

const invokable = new Set<string>(INVOKE_CHANNELS);
const events = new Set<string>(EVENT_CHANNELS);

const kiosk: KioskApi = {
  invoke: ((channel: string, ...payload: unknown[]) =>
    invokable.has(channel)
      ? ipcRenderer.invoke(channel, ...payload)
      : Promise.resolve({ ok: false, error: { code: 'ipc.unknown_channel', message: `no channel ${String(channel)}` } })) as KioskApi['invoke'],
  on: ((event: string, listener: (payload: unknown) => void) => {
    if (!events.has(event)) return { ok: false, error: { code: 'ipc.unknown_event', message: `no event ${String(event)}` } };
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return { ok: true, data: () => void ipcRenderer.removeListener(event, forward) };
  }) as KioskApi['on'],
};

contextBridge.exposeInMainWorld('kiosk', kiosk);
