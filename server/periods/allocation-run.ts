/**
 * Freezing a period's pools and running its allocations: the operator's
 * work (development endpoints in the reference server). Both are
 * idempotent: a frozen period is not frozen again, a drawn one not drawn
 * again.
 */
import type { CatalogPeriod } from '../../shared/contract/catalog-periods.ts';
import { applicationsInPool, findApplication } from '../applications/application-store.ts';
import { applyEvent } from '../applications/transitions.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { drawWinners } from '../draw/draw.ts';
import { lotteryCodesOf } from '../ladder/ladder-store.ts';
import {
  allocationEntries,
  ensureAllocations,
  insertEntry,
  markDrawn,
  markFrozen,
  periodAllocations,
  setEntryResult,
  type AllocationRecord,
} from './allocation-store.ts';

/** A lottery's pool: approved or not-yet-won applications of the type from this period or earlier, each with its codes, now awaiting the draw. */
function freezeLottery(context: ServerContext, allocation: AllocationRecord): void {
  const pool = applicationsInPool(context.db, allocation.applicationType, ['approved', 'not_won'], allocation.periodId);
  pool.forEach((application, position) => {
    const codes = lotteryCodesOf(context, application.accountId, allocation.applicationType);
    insertEntry(context.db, allocation, { applicationCode: application.code, accountId: application.accountId, codes, position });
    applyEvent(context, application, 'enter_pool');
  });
}

/** A queue's entries: the queued applications of the type from this period or earlier, in queue order. */
function freezeQueue(context: ServerContext, allocation: AllocationRecord): void {
  const queued = applicationsInPool(context.db, allocation.applicationType, ['queued'], allocation.periodId).sort(
    (a, b) => (a.queuedAt ?? 0) - (b.queuedAt ?? 0) || a.code.localeCompare(b.code),
  );
  queued.forEach((application, position) => {
    insertEntry(context.db, allocation, { applicationCode: application.code, accountId: application.accountId, codes: null, position });
  });
}

/** Freezes every pool of the period not frozen yet; the seeds were committed to before. */
export function freezePeriod(context: ServerContext, period: CatalogPeriod): void {
  inTransaction(context.db, () => {
    ensureAllocations(context, period);
    const at = isoTime(context.clock.now());
    for (const allocation of periodAllocations(context, period.id)) {
      if (allocation.frozenAt !== null) continue;
      if (allocation.allocation === 'lottery') freezeLottery(context, allocation);
      else freezeQueue(context, allocation);
      markFrozen(context.db, allocation, at);
    }
  });
}

/** The winners of an allocation: the draw from the seed for a lottery, the front of the queue for a queue. */
function winnersOf(context: ServerContext, allocation: AllocationRecord): string[] {
  const entries = allocationEntries(context.db, allocation.periodId, allocation.applicationType);
  if (allocation.allocation === 'queue') return entries.slice(0, allocation.quota).map((entry) => entry.applicationCode);
  const pool = entries.map((entry) => ({ code: entry.applicationCode, codes: entry.codes ?? 1 }));
  return drawWinners(pool, allocation.seed!, allocation.quota);
}

/**
 * Runs the period's draws and queue allocation (freezing first if needed):
 * winners are won (and get an indicator), the rest of a lottery pool
 * not_won (they rejoin the next pool), the rest of a queue stay queued.
 */
export function drawPeriod(context: ServerContext, period: CatalogPeriod): void {
  freezePeriod(context, period);
  inTransaction(context.db, () => {
    const at = isoTime(context.clock.now());
    for (const allocation of periodAllocations(context, period.id)) {
      if (allocation.drawnAt !== null) continue;
      const winners = new Set(winnersOf(context, allocation));
      for (const entry of allocationEntries(context.db, period.id, allocation.applicationType)) {
        const won = winners.has(entry.applicationCode);
        setEntryResult(context.db, allocation, entry.applicationCode, won ? 'won' : 'not_won');
        const application = findApplication(context.db, entry.applicationCode)!;
        if (won) applyEvent(context, application, 'win');
        else applyEvent(context, application, 'lose');
      }
      markDrawn(context.db, allocation, at, [...winners]);
    }
  });
}
