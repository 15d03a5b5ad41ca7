import { describe, expect, it, vi } from 'vitest';
import { createConnectivityMonitor } from '../../../electron/main/services/connectivity.ts';
import type { ConnectivityState } from '../../../shared/ipc/channels.ts';

describe('connectivity monitor', () => {
  it('reports only when the central API goes away or comes back', async () => {
    vi.useFakeTimers();
    try {
      let up = true;
      const changes: ConnectivityState[] = [];
      const monitor = createConnectivityMonitor({
        probe: () => (up ? Promise.resolve() : Promise.reject(new Error('down'))),
        intervalMs: 1000,
        onChange: (state) => changes.push(state),
        now: () => new Date('2026-11-21T08:00:00Z'),
      });
      expect(monitor.state()).toEqual({ online: null, checkedAt: null });
      monitor.start();
      await vi.advanceTimersByTimeAsync(0);
      expect(changes.map((c) => c.online)).toEqual([true]);
      await vi.advanceTimersByTimeAsync(3000);
      expect(changes.map((c) => c.online)).toEqual([true]);
      up = false;
      await vi.advanceTimersByTimeAsync(1000);
      expect(changes.map((c) => c.online)).toEqual([true, false]);
      up = true;
      await vi.advanceTimersByTimeAsync(1000);
      expect(changes.map((c) => c.online)).toEqual([true, false, true]);
      expect(monitor.state()).toEqual({ online: true, checkedAt: '2026-11-21T08:00:00.000Z' });
      monitor.stop();
      up = false;
      await vi.advanceTimersByTimeAsync(5000);
      expect(changes).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts a probe that hangs as offline once it is aborted', async () => {
    vi.useFakeTimers();
    try {
      const changes: ConnectivityState[] = [];
      const monitor = createConnectivityMonitor({
        probe: (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
        intervalMs: 1000,
        onChange: (state) => changes.push(state),
      });
      monitor.start();
      await vi.advanceTimersByTimeAsync(1000);
      expect(changes.map((c) => c.online)).toEqual([false]);
      monitor.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
