/** Electron-style event object whose default action a listener may cancel. */
export interface HostEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  [key: string]: unknown;
}

export function hostEvent(extra: Record<string, unknown> = {}): HostEvent {
  const event: HostEvent = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
