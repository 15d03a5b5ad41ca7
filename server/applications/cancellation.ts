import { isCancellable } from '../../shared/applications/state-machine.ts';
import type { Application } from '../../shared/contract/applications.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure, refusal, success, type Outcome } from '../http/failure.ts';
import { findApplication, type ApplicationRecord } from './application-store.ts';
import { applicationView, cancellationsOpenToday } from './application-view.ts';
import { applyEvent } from './transitions.ts';

/** The account's application with this code; 404 not_found for a code it does not hold. */
export function ownApplication(context: ServerContext, accountId: string, code: string): ApplicationRecord {
  const record = findApplication(context.db, code, accountId);
  if (!record) throw new ApiFailure({ status: 404, code: 'not_found', message: 'no application of yours has this code' });
  return record;
}

/**
 * Cancels the account's application, inside the caller's transaction: a
 * cancelled one answers as it is; 409 application_not_cancellable once the
 * review has a result, 409 cancellation_closed_today on a pool-freeze or
 * draw day.
 */
export function cancellation(context: ServerContext, accountId: string, code: string): Outcome<Application> {
  const record = ownApplication(context, accountId, code);
  if (record.status !== 'cancelled') {
    if (!isCancellable(record.status)) {
      return refusal({ status: 409, code: 'application_not_cancellable', message: `a ${record.status} application cannot be cancelled` });
    }
    if (!cancellationsOpenToday(context)) return refusal({ status: 409, code: 'cancellation_closed_today', message: 'no cancellations on a pool-freeze or draw day' });
    applyEvent(context, record, 'cancel');
  }
  return success(applicationView(context, record));
}
