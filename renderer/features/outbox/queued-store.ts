import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { OutboxKind, OutboxSettled, QueuedRequest } from '../../../shared/outbox/queued.ts';
import { kiosk } from '../../kiosk.ts';

/** A request this session queued, and how it has ended so far. */
export type QueuedItem = QueuedRequest & { state: 'pending' | 'delivered' | 'rejected'; code: string | null };

/**
 * The requests the citizen on screen saved in the terminal's outbox while
 * the central API was out of reach (submit, cancel, ladder enrolment), and
 * what became of them: main tells this session, and only this one, when one
 * is delivered (with its application code) or refused. Wiped with the
 * session: the next citizen never sees the last one's.
 */
export const useQueuedRequestsStore = defineStore('queuedRequests', () => {
  const items = ref<QueuedItem[]>([]);
  let unsubscribe: (() => void) | null = null;

  const pending = computed(() => items.value.filter((item) => item.state === 'pending'));
  const pendingKinds = computed(() => [...new Set(pending.value.map((item) => item.kind))] as OutboxKind[]);
  /** Delivered while the citizen was still here, nothing left waiting: the banner says so. */
  const allDelivered = computed(() => items.value.length > 0 && items.value.every((item) => item.state === 'delivered'));

  function settle(settled: OutboxSettled): void {
    const item = items.value.find((candidate) => candidate.id === settled.id);
    if (!item) return;
    item.state = settled.state;
    item.code = settled.code;
  }

  function start(): void {
    unsubscribe ??= kiosk().on('outbox:settled', settle);
  }

  function add(queued: QueuedRequest): void {
    if (!items.value.some((item) => item.id === queued.id)) items.value.push({ ...queued, state: 'pending', code: null });
  }

  function find(id: string): QueuedItem | undefined {
    return items.value.find((item) => item.id === id);
  }

  function reset(): void {
    items.value = [];
  }

  return { items, pending, pendingKinds, allDelivered, start, add, find, reset };
});
