import type { z } from 'zod';
import { invokeChannels, type InvokeResponse } from '../../../shared/ipc/channels.ts';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/ipc/names.ts';
import type { IpcError, IpcResult } from '../../../shared/ipc/errors.ts';
import { KioskError } from '../errors.ts';
import type { SenderEvent } from '../security/sender.ts';
import type { Logger } from '../services/logger.ts';

type ParsedRequest<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['request']>;

/** One handler per channel, receiving the already validated request. */
export type IpcHandlers = {
  [C in InvokeChannel]: (request: ParsedRequest<C>) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
};

/** The subset of Electron's ipcMain this module needs (unit tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface DispatchOptions {
  isTrusted: (event: SenderEvent) => boolean;
  log: Logger;
}

const fail = (
  code: string,
  message: string,
  fields?: Record<string, string>,
  retryAfterSeconds?: number,
): { ok: false; error: IpcError } => ({
  ok: false,
  error: {
    code,
    message,
    ...(fields ? { fields } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  },
});

/**
 * Registers every channel of the map. Before a handler runs, the sender frame
 * and the payload are checked; anything wrong is answered with a typed error,
 * never a throw. Responses are parsed too, so nothing outside the schema leaks.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers, options: DispatchOptions): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, handlers, options, event, args));
  }
  return () => INVOKE_CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

async function dispatch<C extends InvokeChannel>(
  channel: C,
  handlers: IpcHandlers,
  { isTrusted, log }: DispatchOptions,
  event: SenderEvent,
  args: unknown[],
): Promise<IpcResult<InvokeResponse<C>>> {
  if (!isTrusted(event)) {
    log.warn(`ipc: refused ${channel} from an untrusted sender`);
    return fail('ipc.forbidden_sender', 'sender is not a trusted kiosk frame');
  }
  const schema = invokeChannels[channel];
  if (args.length > 1) return fail('ipc.invalid_request', 'one payload at most');
  const request = schema.request.safeParse(args[0]);
  if (!request.success) {
    const fields = Object.fromEntries(request.error.issues.map((i) => [i.path.join('.') || '(payload)', i.code]));
    log.warn(`ipc: malformed ${channel} payload refused`);
    return fail('ipc.invalid_request', 'payload does not match the channel schema', fields);
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    const result = schema.response.safeParse(await handler(request.data));
    if (!result.success) {
      log.error(`ipc: ${channel} handler answered outside its schema`);
      return fail('ipc.invalid_response', 'handler response does not match the channel schema');
    }
    return { ok: true, data: result.data as InvokeResponse<C> };
  } catch (error) {
    if (error instanceof KioskError) return fail(error.code, error.message, error.fields, error.retryAfterSeconds);
    log.error(`ipc: ${channel} handler failed`, error);
    return fail('ipc.handler_failed', 'the request could not be completed');
  }
}
