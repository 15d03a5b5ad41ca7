import { periodsOpenedBy } from '../../shared/catalog/periods.ts';
import type { CatalogPeriod } from '../../shared/contract/catalog-periods.ts';
import { DRAW_ALGORITHM, type PeriodDraws, type PeriodSummary } from '../../shared/contract/periods.ts';
import { catalogToday } from '../catalog/served-catalog.ts';
import type { ServerContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { ApiFailure } from '../http/failure.ts';
import { accountEntries, allocationEntries, ensureAllocations, periodAllocations, type AllocationRecord } from './allocation-store.ts';

/** The catalog's period with this id; 404 not_found otherwise. */
export function catalogPeriod(context: ServerContext, id: string): CatalogPeriod {
  const period = context.catalog.periods.find((candidate) => candidate.id === id);
  if (!period) throw new ApiFailure({ status: 404, code: 'not_found', message: 'the catalog has no such period' });
  return period;
}

function phaseOf(period: CatalogPeriod, allocations: readonly AllocationRecord[], today: string): PeriodSummary['phase'] {
  if (allocations.some((allocation) => allocation.drawnAt !== null)) return 'drawn';
  if (allocations.some((allocation) => allocation.frozenAt !== null)) return 'frozen';
  return today > period.closesOn ? 'closed' : 'open';
}

function summaryOf(context: ServerContext, period: CatalogPeriod, today: string, accountId: string | null): PeriodSummary {
  const allocations = periodAllocations(context, period.id);
  const { quotas: _quotas, ...dates } = period;
  return {
    ...dates,
    phase: phaseOf(period, allocations, today),
    allocations: allocations.map((allocation) => {
      const entries = allocation.frozenAt === null ? null : allocationEntries(context.db, period.id, allocation.applicationType);
      return {
        applicationType: allocation.applicationType,
        allocation: allocation.allocation,
        quota: allocation.quota,
        applicants: entries ? entries.length : null,
        winners: allocation.drawnAt === null || !entries ? null : entries.filter((entry) => entry.result === 'won').length,
      };
    }),
    mine: accountId === null ? null : accountEntries(context.db, period.id, accountId),
  };
}

/** 往期增量详情: the periods opened by today, newest first, each committed to its seeds; with the citizen's own part when `accountId` is given. */
export function periodList(context: ServerContext, accountId: string | null): PeriodSummary[] {
  const today = catalogToday(context.catalog, context.clock.now());
  const periods = periodsOpenedBy(context.catalog.periods, today);
  inTransaction(context.db, () => {
    for (const period of periods) ensureAllocations(context, period);
  });
  return periods.map((period) => summaryOf(context, period, today, accountId));
}

/** A period's lottery draws as published: the seed hash always, the pool once frozen, the seed and winners once drawn. */
export function publishedDraws(context: ServerContext, period: CatalogPeriod): PeriodDraws {
  inTransaction(context.db, () => ensureAllocations(context, period));
  const lotteries = periodAllocations(context, period.id).filter((allocation) => allocation.allocation === 'lottery');
  return {
    periodId: period.id,
    draws: lotteries.map((allocation) => {
      const drawn = allocation.drawnAt !== null;
      return {
        periodId: period.id,
        applicationType: allocation.applicationType,
        algorithm: DRAW_ALGORITHM,
        quota: allocation.quota,
        seedHash: allocation.seedHash!,
        seed: drawn ? allocation.seed : null,
        pool:
          allocation.frozenAt === null
            ? null
            : allocationEntries(context.db, period.id, allocation.applicationType).map((entry) => ({ code: entry.applicationCode, codes: entry.codes ?? 1 })),
        winners: drawn ? allocation.winners : null,
        frozenAt: allocation.frozenAt,
        drawnAt: allocation.drawnAt,
      };
    }),
  };
}
