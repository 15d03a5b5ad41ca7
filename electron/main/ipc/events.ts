import { eventChannels, type EventPayload } from '../../../shared/ipc/channels.ts';
import type { EventChannel } from '../../../shared/ipc/names.ts';

export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/** Sends a main -> renderer event to every live window, checked against its schema first. */
export function createEventEmitter(targets: () => Iterable<EventTarget>) {
  return function emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    const checked = eventChannels[event].parse(payload);
    for (const target of targets()) if (!target.isDestroyed()) target.send(event, checked);
  };
}

export type EmitEvent = ReturnType<typeof createEventEmitter>;
