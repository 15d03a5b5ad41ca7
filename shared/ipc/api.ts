import type { EventChannel, InvokeChannel } from './names.ts';
import type { EventPayload, InvokeRequest, InvokeResponse } from './channels.ts';
import type { IpcResult } from './errors.ts';

/** What the preload exposes as `window.kiosk`; typed from the channel map. */
export interface KioskApi {
  invoke<C extends InvokeChannel>(
    channel: C,
    ...payload: InvokeRequest<C> extends undefined ? [] : [InvokeRequest<C>]
  ): Promise<IpcResult<InvokeResponse<C>>>;
  /** Subscribes to a main -> renderer event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
