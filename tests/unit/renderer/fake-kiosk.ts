import { vi } from 'vitest';
import type { KioskApi } from '../../../shared/ipc/api.ts';
import type { ConnectivityState } from '../../../shared/ipc/channels.ts';
import type { IpcResult } from '../../../shared/ipc/errors.ts';

/** A scripted stand-in for the preload's window.kiosk. */
export interface FakeKiosk {
  api: KioskApi;
  /** Answers for invoke, by channel; a function is called per request. */
  answers: Map<string, IpcResult<unknown> | (() => Promise<IpcResult<unknown>>)>;
  /** Sends a connectivity:changed event to the current listeners. */
  emitConnectivity(state: ConnectivityState): void;
  listenerCount(): number;
  invoke: ReturnType<typeof vi.fn>;
}

export function createFakeKiosk(): FakeKiosk {
  const listeners = new Set<(payload: ConnectivityState) => void>();
  const answers: FakeKiosk['answers'] = new Map();
  const invoke = vi.fn(async (channel: string) => {
    const answer = answers.get(channel);
    if (!answer) return { ok: false, error: { code: 'ipc.unknown_channel', message: channel } };
    return typeof answer === 'function' ? answer() : answer;
  });
  const on = vi.fn((_event: string, listener: (payload: ConnectivityState) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  });
  return {
    api: { invoke, on } as unknown as KioskApi,
    answers,
    invoke,
    emitConnectivity: (state) => listeners.forEach((listener) => listener(state)),
    listenerCount: () => listeners.size,
  };
}

/** Puts the fake where the renderer looks for it: window.kiosk. */
export function installFakeKiosk(fake: FakeKiosk): void {
  vi.stubGlobal('window', { kiosk: fake.api });
}
