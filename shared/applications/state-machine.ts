/**
 * The life of an application, as a pure table: which event moves which
 * status where. The server applies it; the kiosk may read it to say what
 * can happen next.
 *
 *   new -start-> under_review -approve-> approved | -reject-> rejected
 *   approved -enter_pool-> awaiting_draw (lottery)  -win-> won | -lose-> not_won -enter_pool-> awaiting_draw ...
 *   approved -enter_queue-> queued (queue)          -win-> won
 *   approved -issue-> won (direct: 更新指标, 其他指标)
 *   new | under_review -cancel-> cancelled
 */
import type { Allocation } from '../catalog/kinds.ts';
import type { ApplicationStatus } from './statuses.ts';

export const APPLICATION_EVENTS = ['start', 'approve', 'reject', 'enter_pool', 'enter_queue', 'issue', 'win', 'lose', 'cancel'] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

type Transition = { from: readonly ApplicationStatus[]; to: ApplicationStatus; allocations?: readonly Allocation[] };

const TRANSITIONS: Record<ApplicationEvent, Transition> = {
  start: { from: ['new'], to: 'under_review' },
  approve: { from: ['under_review'], to: 'approved' },
  reject: { from: ['under_review'], to: 'rejected' },
  enter_pool: { from: ['approved', 'not_won'], to: 'awaiting_draw', allocations: ['lottery'] },
  enter_queue: { from: ['approved'], to: 'queued', allocations: ['queue'] },
  issue: { from: ['approved'], to: 'won', allocations: ['direct'] },
  win: { from: ['awaiting_draw', 'queued'], to: 'won', allocations: ['lottery', 'queue'] },
  lose: { from: ['awaiting_draw'], to: 'not_won', allocations: ['lottery'] },
  cancel: { from: ['new', 'under_review'], to: 'cancelled' },
};

/** The status `event` moves an application of `allocation` to from `status`, or null when it cannot happen. */
export function nextStatus(status: ApplicationStatus, event: ApplicationEvent, allocation: Allocation): ApplicationStatus | null {
  const transition = TRANSITIONS[event];
  if (!transition.from.includes(status)) return null;
  if (transition.allocations && !transition.allocations.includes(allocation)) return null;
  return transition.to;
}

/** What follows approval by itself: a queue type joins the queue, a direct type gets its indicator; a lottery type waits for the next pool. */
export function eventAfterApproval(allocation: Allocation): ApplicationEvent | null {
  if (allocation === 'queue') return 'enter_queue';
  if (allocation === 'direct') return 'issue';
  return null;
}

/** Statuses that still hold the applicant's one application per indicator kind. */
const ACTIVE: readonly ApplicationStatus[] = ['new', 'under_review', 'approved', 'awaiting_draw', 'queued', 'not_won'];

/** True while the application counts as the applicant's one active application of its kind. */
export function isActive(status: ApplicationStatus): boolean {
  return ACTIVE.includes(status);
}

/** True when the applicant may still cancel (before the review has a result). */
export function isCancellable(status: ApplicationStatus): boolean {
  return nextStatus(status, 'cancel', 'lottery') !== null;
}
