import type { EventChannel, InvokeChannel } from './names.ts';
import type { EventPayload, InvokeRequest, InvokeResponse } from './channels.ts';
import type { IpcResult } from './errors.ts';

/** What the preload exposes as `window.kiosk`; typed from the channel map. */
export interface KioskApi {
  invoke<C extends InvokeChannel>(
    channel: C,
    ...payload: InvokeRequest<C> extends undefined ? [] : [InvokeRequest<C>]
  ): Promise<IpcResult<InvokeResponse<C>>>;
  /** Subscribes to a main -> renderer event; answers the unsubscribe function (a typed error for an unknown event). */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): IpcResult<() => void>;
}
