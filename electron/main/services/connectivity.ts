import type { ConnectivityState } from '../../../shared/ipc/channels.ts';

export interface ConnectivityOptions {
  /** Resolves if the central API answers, rejects otherwise. */
  probe: (signal: AbortSignal) => Promise<void>;
  intervalMs: number;
  /** Called when `online` flips (not on every probe). */
  onChange: (state: ConnectivityState) => void;
  now?: () => Date;
}

/** Probes the central API on an interval and reports when it goes away or comes back. */
export function createConnectivityMonitor({ probe, intervalMs, onChange, now = () => new Date() }: ConnectivityOptions) {
  let state: ConnectivityState = { online: null, checkedAt: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let inFlight: AbortController | undefined;

  async function check(): Promise<void> {
    inFlight = new AbortController();
    const abortTimer = setTimeout(() => inFlight?.abort(), Math.max(intervalMs, 1000));
    let online: boolean;
    try {
      await probe(inFlight.signal);
      online = true;
    } catch {
      online = false;
    } finally {
      clearTimeout(abortTimer);
      inFlight = undefined;
    }
    if (!running) return;
    const changed = online !== state.online;
    state = { online, checkedAt: now().toISOString() };
    if (changed) onChange(state);
  }

  async function loop(): Promise<void> {
    await check();
    if (running) timer = setTimeout(() => void loop(), intervalMs);
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      void loop();
    },
    stop(): void {
      running = false;
      clearTimeout(timer);
      inFlight?.abort();
    },
    state: (): ConnectivityState => state,
  };
}

export type ConnectivityMonitor = ReturnType<typeof createConnectivityMonitor>;
