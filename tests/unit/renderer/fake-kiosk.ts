import { vi } from 'vitest';
import type { KioskApi } from '../../../shared/ipc/api.ts';
import type { ConnectivityState, EventPayload } from '../../../shared/ipc/channels.ts';
import type { IpcResult } from '../../../shared/ipc/errors.ts';
import type { EventChannel } from '../../../shared/ipc/names.ts';

/** A scripted stand-in for the preload's window.kiosk. */
export interface FakeKiosk {
  api: KioskApi;
  /** Answers for invoke, by channel; a function is called per request. */
  answers: Map<string, IpcResult<unknown> | (() => Promise<IpcResult<unknown>>)>;
  /** Sends a main -> renderer event to its current listeners. */
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
  /** Sends a connectivity:changed event to the current listeners. */
  emitConnectivity(state: ConnectivityState): void;
  /** How many listeners `event` has (connectivity:changed when not given). */
  listenerCount(event?: EventChannel): number;
  invoke: ReturnType<typeof vi.fn>;
}

export function createFakeKiosk(): FakeKiosk {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const answers: FakeKiosk['answers'] = new Map();
  const invoke = vi.fn(async (channel: string) => {
    const answer = answers.get(channel);
    if (!answer) return { ok: false, error: { code: 'ipc.unknown_channel', message: channel } };
    return typeof answer === 'function' ? answer() : answer;
  });
  const on = vi.fn((event: string, listener: (payload: unknown) => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return { ok: true, data: () => void listeners.get(event)!.delete(listener) };
  });
  const emit = (event: string, payload: unknown) => [...(listeners.get(event) ?? [])].forEach((listener) => listener(payload));
  return {
    api: { invoke, on } as unknown as KioskApi,
    answers,
    invoke,
    emit,
    emitConnectivity: (state) => emit('connectivity:changed', state),
    listenerCount: (event = 'connectivity:changed') => listeners.get(event)?.size ?? 0,
  };
}

/** Puts the fake where the renderer looks for it: window.kiosk. */
export function installFakeKiosk(fake: FakeKiosk): void {
  vi.stubGlobal('window', { kiosk: fake.api });
}
