import { originOf } from './origins.ts';

/** The parts of Electron's IpcMainInvokeEvent the sender check reads. */
export interface SenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface SenderPolicy {
  /** Origins (scheme://host) whose top frame may call IPC. */
  origins: readonly string[];
  /** ids of the webContents of windows this app created. */
  webContentsIds: () => Iterable<number>;
}

/** True only for the top frame of one of our windows, showing our own origin. */
export function isTrustedSender(event: SenderEvent, policy: SenderPolicy): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  const origin = originOf(frame.url);
  if (!origin || !policy.origins.includes(origin)) return false;
  for (const id of policy.webContentsIds()) if (id === event.sender.id) return true;
  return false;
}
