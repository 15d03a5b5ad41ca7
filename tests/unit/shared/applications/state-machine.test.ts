import { describe, expect, it } from 'vitest';
import {
  APPLICATION_EVENTS,
  eventAfterApproval,
  isActive,
  isCancellable,
  nextStatus,
  type ApplicationEvent,
} from '../../../../shared/applications/state-machine.ts';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../shared/applications/statuses.ts';
import { ALLOCATIONS, type Allocation } from '../../../../shared/catalog/kinds.ts';

/** Walks `events` from new; the statuses passed, or null where one did not apply. */
function walk(allocation: Allocation, events: ApplicationEvent[]): (ApplicationStatus | null)[] {
  let status: ApplicationStatus | null = 'new';
  return events.map((event) => (status = status === null ? null : nextStatus(status, event, allocation)));
}

describe('the application state machine', () => {
  it('takes a lottery application through review, the pool and draws until it wins', () => {
    expect(walk('lottery', ['start', 'approve', 'enter_pool', 'lose', 'enter_pool', 'win'])).toEqual([
      'under_review',
      'approved',
      'awaiting_draw',
      'not_won',
      'awaiting_draw',
      'won',
    ]);
  });

  it('takes a queue application into the queue, a direct one straight to its indicator', () => {
    expect(walk('queue', ['start', 'approve', 'enter_queue', 'win'])).toEqual(['under_review', 'approved', 'queued', 'won']);
    expect(walk('direct', ['start', 'approve', 'issue'])).toEqual(['under_review', 'approved', 'won']);
    expect(ALLOCATIONS.map(eventAfterApproval)).toEqual([null, 'enter_queue', 'issue']);
  });

  it('keeps each allocation to its own events', () => {
    expect(nextStatus('approved', 'enter_pool', 'queue')).toBeNull();
    expect(nextStatus('approved', 'enter_queue', 'lottery')).toBeNull();
    expect(nextStatus('queued', 'lose', 'queue')).toBeNull();
    expect(nextStatus('approved', 'issue', 'lottery')).toBeNull();
  });

  it('lets only new and under_review be cancelled, and ends nothing that has ended', () => {
    expect(APPLICATION_STATUSES.filter(isCancellable)).toEqual(['new', 'under_review']);
    for (const status of ['won', 'rejected', 'cancelled'] as const) {
      for (const event of APPLICATION_EVENTS) for (const allocation of ALLOCATIONS) expect(nextStatus(status, event, allocation)).toBeNull();
      expect(isActive(status)).toBe(false);
    }
    expect(APPLICATION_STATUSES.filter(isActive)).toEqual(['new', 'under_review', 'approved', 'awaiting_draw', 'queued', 'not_won']);
  });

  it('reaches every status from new', () => {
    const reached = new Set<ApplicationStatus>(['new']);
    for (let round = 0; round < APPLICATION_STATUSES.length; round++) {
      for (const status of [...reached]) {
        for (const event of APPLICATION_EVENTS) {
          for (const allocation of ALLOCATIONS) {
            const next = nextStatus(status, event, allocation);
            if (next) reached.add(next);
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...APPLICATION_STATUSES].sort());
  });
});
