import type { IpcHandlers } from '../../../electron/main/ipc/dispatch.ts';
import { KioskError } from '../../../electron/main/errors.ts';
import { INVOKE_CHANNELS } from '../../../shared/ipc/names.ts';

/** A full handler map whose channels answer `unauthorized` unless `overrides` gives them a handler. */
export function stubHandlers(overrides: Partial<IpcHandlers>): IpcHandlers {
  const unauthorised = () => {
    throw new KioskError('unauthorized', 'no session');
  };
  return Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, overrides[channel] ?? unauthorised])) as IpcHandlers;
}
