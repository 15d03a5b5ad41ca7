import type { OutboxSettled } from '../../../../shared/outbox/queued.ts';
import type { Receipt } from './entry.ts';

export interface SettledNoticesDeps {
  /** Whether the session of `epoch` is still the one on screen. */
  isCurrent: (epoch: number) => boolean;
  /** The `outbox:settled` event to the page. */
  emit: (settled: OutboxSettled) => void;
}

/**
 * Tells the page when a request its own session queued has been delivered
 * (its receipt then shows the application code) or refused. A request
 * queued by a session that has since been wiped is told to nobody: the next
 * citizen must not learn of it, and the one who made it sees it at their
 * next login.
 */
export function createSettledNotices({ isCurrent, emit }: SettledNoticesDeps) {
  const watched = new Map<string, number>();

  function tell(id: string, settled: Omit<OutboxSettled, 'id'>): void {
    const epoch = watched.get(id);
    if (epoch === undefined) return;
    watched.delete(id);
    if (isCurrent(epoch)) emit({ id, ...settled });
  }

  return {
    watch(id: string, epoch: number): void {
      for (const [watchedId, watchedEpoch] of watched) if (!isCurrent(watchedEpoch)) watched.delete(watchedId);
      watched.set(id, epoch);
    },
    delivered: (id: string, receipt: Receipt) => tell(id, { state: 'delivered', code: receipt.code }),
    rejected: (id: string, code: string) => tell(id, { state: 'rejected', code }),
  };
}

export type SettledNotices = ReturnType<typeof createSettledNotices>;
