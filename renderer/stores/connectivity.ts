import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ConnectivityState } from '../../shared/ipc/channels.ts';
import { kiosk } from '../kiosk.ts';

export type ConnectivityLabel = 'online' | 'offline' | 'unknown';

/** Whether the terminal reaches the central system, as main reports it. */
export const useConnectivityStore = defineStore('connectivity', () => {
  const online = ref<boolean | null>(null);
  const checkedAt = ref<string | null>(null);
  let unsubscribe: (() => void) | null = null;

  const state = computed<ConnectivityLabel>(() => {
    if (online.value === null) return 'unknown';
    return online.value ? 'online' : 'offline';
  });

  /** Takes a report unless it is older than the one already held. */
  function apply(report: ConnectivityState): void {
    if (report.checkedAt && checkedAt.value && Date.parse(report.checkedAt) < Date.parse(checkedAt.value)) return;
    online.value = report.online;
    checkedAt.value = report.checkedAt;
  }

  /** Subscribes to changes, then asks for the current state. Safe to call twice. */
  async function start(): Promise<void> {
    if (unsubscribe) return;
    const off = kiosk().on('connectivity:changed', apply);
    unsubscribe = off;
    const result = await kiosk().invoke('connectivity:get');
    // A reset (or a reset and a new start) while waiting makes this answer stale.
    if (result.ok && unsubscribe === off) apply(result.data);
  }

  function reset(): void {
    unsubscribe?.();
    unsubscribe = null;
    online.value = null;
    checkedAt.value = null;
  }

  return { online, checkedAt, state, start, reset };
});
