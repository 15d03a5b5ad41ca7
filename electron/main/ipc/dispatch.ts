import type { z } from 'zod';
import { invokeChannels, type InvokeResponse } from '../../../shared/ipc/channels.ts';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/ipc/names.ts';
import type { IpcError, IpcResult } from '../../../shared/ipc/errors.ts';
import { KioskError } from '../errors.ts';
import type { SenderEvent } from '../security/sender.ts';
import type { Logger } from '../services/logger.ts';
import { exceedsPayloadSize, MAX_PAYLOAD_BYTES } from './payload-size.ts';

type ParsedRequest<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['request']>;

/** What a handler knows besides its request: the session epoch the request was made in. */
export interface RequestContext {
  epoch: number;
}

/** One handler per channel, receiving the already validated request. */
export type IpcHandlers = {
  [C in InvokeChannel]: (request: ParsedRequest<C>, context: RequestContext) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
};

/** The terminal session as the dispatcher sees it (electron/main/services/session). */
export interface EpochGate {
  /** The epoch now. */
  epoch(): number;
  /** False while a wipe runs: the page that sent the request is going away. */
  accepting(): boolean;
}

/** The subset of Electron's ipcMain this module needs (unit tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface DispatchOptions {
  isTrusted: (event: SenderEvent) => boolean;
  gate: EpochGate;
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
 * Registers every channel of the map. Before a handler runs, the sender frame,
 * the payload's size and its shape are checked; anything wrong is answered with
 * a typed error, never a throw. Responses are parsed too, so nothing outside
 * the schema leaks. A request is refused while the session is being wiped, and
 * its answer is dropped (`session.ended`) when a wipe happened while it ran.
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
  { isTrusted, gate, log }: DispatchOptions,
  event: SenderEvent,
  args: unknown[],
): Promise<IpcResult<InvokeResponse<C>>> {
  if (!isTrusted(event)) {
    log.warn(`ipc: refused ${channel} from an untrusted sender`);
    return fail('ipc.forbidden_sender', 'sender is not a trusted kiosk frame');
  }
  if (!gate.accepting()) return fail('session.ended', 'the session is being wiped');
  const schema = invokeChannels[channel];
  if (args.length > 1) return fail('ipc.invalid_request', 'one payload at most');
  if (exceedsPayloadSize(args[0])) {
    log.warn(`ipc: oversized ${channel} payload refused`);
    return fail('ipc.payload_too_large', `payload over ${MAX_PAYLOAD_BYTES} bytes`);
  }
  const epoch = gate.epoch();
  const stale = () => gate.epoch() !== epoch;
  const request = schema.request.safeParse(args[0]);
  if (!request.success) {
    const fields = Object.fromEntries(request.error.issues.map((i) => [i.path.join('.') || '(payload)', i.code]));
    log.warn(`ipc: malformed ${channel} payload refused`);
    return fail('ipc.invalid_request', 'payload does not match the channel schema', fields);
  }
  try {
    const handler = handlers[channel] as (request: unknown, context: RequestContext) => unknown;
    const answer = await handler(request.data, { epoch });
    if (stale()) return fail('session.ended', 'the session this request belonged to has ended');
    const result = schema.response.safeParse(answer);
    if (!result.success) {
      log.error(`ipc: ${channel} handler answered outside its schema`);
      return fail('ipc.invalid_response', 'handler response does not match the channel schema');
    }
    return { ok: true, data: result.data as InvokeResponse<C> };
  } catch (error) {
    if (stale()) return fail('session.ended', 'the session this request belonged to has ended');
    if (error instanceof KioskError) return fail(error.code, error.message, error.fields, error.retryAfterSeconds);
    log.error(`ipc: ${channel} handler failed`, error);
    return fail('ipc.handler_failed', 'the request could not be completed');
  }
}
