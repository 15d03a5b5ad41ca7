import { eventAfterApproval, type ApplicationEvent } from '../../shared/applications/state-machine.ts';
import type { ReviewDecision } from '../../shared/applications/statuses.ts';
import type { Application } from '../../shared/contract/applications.ts';
import type { ServerContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { ApiFailure, refusal, success, unwrap, type Outcome } from '../http/failure.ts';
import { findApplication } from './application-store.ts';
import { applicationView } from './application-view.ts';
import { applyEvent } from './transitions.ts';

const EVENTS: Record<ReviewDecision, ApplicationEvent> = { start: 'start', approve: 'approve', reject: 'reject' };

/**
 * The operator's review step (development endpoint): start (审核中),
 * approve (审核通过; a queue type then joins the queue, a direct type gets
 * its indicator) or reject (审核不通过); 409 invalid_transition from a
 * status the decision does not apply to.
 */
export function reviewApplication(context: ServerContext, code: string, decision: ReviewDecision): Application {
  return unwrap(
    inTransaction(context.db, (): Outcome<Application> => {
      const record = findApplication(context.db, code);
      if (!record) throw new ApiFailure({ status: 404, code: 'not_found', message: 'no application has this code' });
      if (applyEvent(context, record, EVENTS[decision]) === null) {
        return refusal({ status: 409, code: 'invalid_transition', message: `cannot ${decision} a ${record.status} application` });
      }
      const follow = decision === 'approve' ? eventAfterApproval(record.allocation) : null;
      if (follow) applyEvent(context, record, follow);
      return success(applicationView(context, record));
    }),
  );
}
