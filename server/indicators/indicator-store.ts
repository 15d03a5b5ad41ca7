import type { DatabaseSync } from 'node:sqlite';
import type { IndicatorStatus } from '../../shared/applications/statuses.ts';
import type { Indicator } from '../../shared/contract/indicators.ts';
import { monthsAfter } from '../../shared/validation/dates.ts';
import { maskIdNumber } from '../accounts/masking.ts';
import type { ApplicationRecord } from '../applications/application-store.ts';
import { catalogToday } from '../catalog/served-catalog.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';

/** The day before an ISO date. */
function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Issues the indicator of a won application: 指标编号 ZB + its code, obtained today, valid the catalog's months. */
export function issueIndicator(context: ServerContext, application: ApplicationRecord): void {
  const obtainedOn = catalogToday(context.catalog, context.clock.now());
  const validUntil = dayBefore(monthsAfter(obtainedOn, context.catalog.indicatorRules.validityMonths));
  context.db
    .prepare('INSERT INTO indicators (code, application_code, account_id, obtained_on, valid_until) VALUES (?, ?, ?, ?, ?)')
    .run(`ZB${application.code}`, application.code, application.accountId, obtainedOn, validUntil);
}

const SELECT = `SELECT i.code, i.application_code, i.obtained_on, i.valid_until, i.used_at,
    a.applicant_name, a.id_type, a.id_number, a.indicator_kind, a.application_type
  FROM indicators i JOIN applications a ON a.code = i.application_code`;

function statusOf(usedAt: unknown, validUntil: string, today: string): IndicatorStatus {
  if (usedAt !== null) return 'used';
  return today > validUntil ? 'expired' : 'valid';
}

/** The account's indicators, newest first, with their status as of today. */
export function listIndicators(context: ServerContext, accountId: string): Indicator[] {
  const today = catalogToday(context.catalog, context.clock.now());
  return context.db
    .prepare(`${SELECT} WHERE i.account_id = ? ORDER BY i.obtained_on DESC, i.code DESC`)
    .all(accountId)
    .map((row) => ({
      code: String(row.code),
      applicationCode: String(row.application_code),
      holderName: String(row.applicant_name),
      idType: String(row.id_type) as Indicator['idType'],
      idNumberMasked: maskIdNumber(String(row.id_number)),
      indicatorKind: String(row.indicator_kind),
      applicationType: String(row.application_type),
      obtainedOn: String(row.obtained_on),
      validUntil: String(row.valid_until),
      status: statusOf(row.used_at, String(row.valid_until), today),
    }));
}

/** The account that holds an indicator, if it exists. */
export function indicatorAccount(db: DatabaseSync, code: string): string | undefined {
  const row = db.prepare('SELECT account_id FROM indicators WHERE code = ?').get(code);
  return row ? String(row.account_id) : undefined;
}

/** Marks an indicator used now (a car was registered with it); a used one stays as it was. */
export function markIndicatorUsed(context: ServerContext, code: string): void {
  context.db.prepare('UPDATE indicators SET used_at = coalesce(used_at, ?) WHERE code = ?').run(isoTime(context.clock.now()), code);
}
