import { randomBytes } from 'node:crypto';
import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import type { Allocation } from '../../shared/catalog/kinds.ts';
import type { CatalogPeriod } from '../../shared/contract/catalog-periods.ts';
import type { ServerContext } from '../context.ts';
import { seedHash, seedHex } from '../draw/draw.ts';

/** One lottery or queue type's allocation in a period: its seed and commitment (lottery), when frozen and drawn, the winners. */
export type AllocationRecord = {
  periodId: string;
  applicationType: string;
  allocation: Allocation;
  quota: number;
  seed: string | null;
  seedHash: string | null;
  frozenAt: string | null;
  drawnAt: string | null;
  winners: string[] | null;
};

/** One application's part in an allocation: its codes (null in a queue), its place, its result. */
export type EntryRecord = { applicationCode: string; accountId: string; codes: number | null; position: number; result: 'pending' | 'won' | 'not_won' };

const text = (value: SQLOutputValue | undefined) => (value === null || value === undefined ? null : String(value));

function toAllocation(row: Record<string, SQLOutputValue>): AllocationRecord {
  return {
    periodId: String(row.period_id),
    applicationType: String(row.application_type),
    allocation: String(row.allocation) as Allocation,
    quota: Number(row.quota),
    seed: text(row.seed),
    seedHash: text(row.seed_hash),
    frozenAt: text(row.frozen_at),
    drawnAt: text(row.drawn_at),
    winners: row.winners === null ? null : (JSON.parse(String(row.winners)) as string[]),
  };
}

/**
 * Creates the period's allocation rows that do not exist yet, one per
 * lottery or queue type with a quota; a lottery's seed is drawn now and
 * only its hash published, so it is committed to before the pool freezes.
 */
export function ensureAllocations(context: ServerContext, period: CatalogPeriod): void {
  const types = context.catalog.indicatorKinds.flatMap((kind) => kind.applicationTypes);
  const insert = context.db.prepare(
    `INSERT INTO period_allocations (period_id, application_type, allocation, quota, seed, seed_hash) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (period_id, application_type) DO NOTHING`,
  );
  for (const [typeId, quota] of Object.entries(period.quotas)) {
    const type = types.find((candidate) => candidate.id === typeId)!;
    const seed = type.allocation === 'lottery' ? seedHex(randomBytes(32)) : null;
    insert.run(period.id, typeId, type.allocation, quota, seed, seed === null ? null : seedHash(seed));
  }
}

/** The period's allocations, in the catalog's order of types. */
export function periodAllocations(context: ServerContext, periodId: string): AllocationRecord[] {
  const order = context.catalog.indicatorKinds.flatMap((kind) => kind.applicationTypes.map((type) => type.id));
  return context.db
    .prepare('SELECT * FROM period_allocations WHERE period_id = ?')
    .all(periodId)
    .map(toAllocation)
    .sort((a, b) => order.indexOf(a.applicationType) - order.indexOf(b.applicationType));
}

/** An allocation's entries in order (a pool by application code, a queue by place). */
export function allocationEntries(db: DatabaseSync, periodId: string, applicationType: string): EntryRecord[] {
  return db
    .prepare(
      'SELECT application_code, account_id, codes, position, result FROM allocation_entries WHERE period_id = ? AND application_type = ? ORDER BY position',
    )
    .all(periodId, applicationType)
    .map((row) => ({
      applicationCode: String(row.application_code),
      accountId: String(row.account_id),
      codes: row.codes === null ? null : Number(row.codes),
      position: Number(row.position),
      result: String(row.result) as EntryRecord['result'],
    }));
}

/** Records an application's part in an allocation. */
export function insertEntry(db: DatabaseSync, allocation: AllocationRecord, entry: Omit<EntryRecord, 'result'>): void {
  db.prepare(
    "INSERT INTO allocation_entries (period_id, application_type, application_code, account_id, codes, position, result) VALUES (?, ?, ?, ?, ?, ?, 'pending')",
  ).run(allocation.periodId, allocation.applicationType, entry.applicationCode, entry.accountId, entry.codes, entry.position);
}

/** Sets an entry's result. */
export function setEntryResult(db: DatabaseSync, allocation: AllocationRecord, applicationCode: string, result: 'won' | 'not_won'): void {
  db.prepare('UPDATE allocation_entries SET result = ? WHERE period_id = ? AND application_type = ? AND application_code = ?').run(
    result,
    allocation.periodId,
    allocation.applicationType,
    applicationCode,
  );
}

/** Marks an allocation frozen at `at`. */
export function markFrozen(db: DatabaseSync, allocation: AllocationRecord, at: string): void {
  db.prepare('UPDATE period_allocations SET frozen_at = ? WHERE period_id = ? AND application_type = ?').run(at, allocation.periodId, allocation.applicationType);
}

/** Marks an allocation drawn at `at` with its winners in order. */
export function markDrawn(db: DatabaseSync, allocation: AllocationRecord, at: string, winners: readonly string[]): void {
  db.prepare('UPDATE period_allocations SET drawn_at = ?, winners = ? WHERE period_id = ? AND application_type = ?').run(
    at,
    JSON.stringify(winners),
    allocation.periodId,
    allocation.applicationType,
  );
}

/** The account's entries in a period, with their types. */
export function accountEntries(db: DatabaseSync, periodId: string, accountId: string) {
  return db
    .prepare('SELECT application_type, application_code, codes, result FROM allocation_entries WHERE period_id = ? AND account_id = ? ORDER BY application_type, position')
    .all(periodId, accountId)
    .map((row) => ({
      applicationType: String(row.application_type),
      applicationCode: String(row.application_code),
      codes: row.codes === null ? null : Number(row.codes),
      result: String(row.result) as EntryRecord['result'],
    }));
}
