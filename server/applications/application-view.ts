import type { DatabaseSync } from 'node:sqlite';
import { isCancellable } from '../../shared/applications/state-machine.ts';
import { isFreezeOrDrawDay } from '../../shared/catalog/periods.ts';
import type { Application, ApplicationSummary } from '../../shared/contract/applications.ts';
import type { FieldValue } from '../../shared/validation/rules.ts';
import { maskIdNumber } from '../accounts/masking.ts';
import { catalogToday } from '../catalog/served-catalog.ts';
import type { ServerContext } from '../context.ts';
import { applicationHistory, queuePosition, type ApplicationRecord } from './application-store.ts';

/** Rules whose values are identity numbers, shown masked like the account's. */
const IDENTIFIER_RULES = ['id_number', 'licence_number'];

/** The stored values with identity numbers (ID numbers, licence numbers) masked. */
function maskedValues(context: ServerContext, record: ApplicationRecord): Record<string, FieldValue> {
  const category = context.catalog.categories.find((candidate) => candidate.id === record.category);
  const identifiers = new Set(
    category?.fields.filter((field) => field.rule && IDENTIFIER_RULES.includes(field.rule.name)).map((field) => field.name),
  );
  return Object.fromEntries(
    Object.entries(record.values).map(([name, value]) => [name, identifiers.has(name) && typeof value === 'string' ? maskIdNumber(value) : value]),
  );
}

/** True unless today is a pool-freeze or draw day. */
export function cancellationsOpenToday(context: ServerContext): boolean {
  return !isFreezeOrDrawDay(context.catalog.periods, catalogToday(context.catalog, context.clock.now()));
}

/** A row of 我的申请. */
export function applicationSummary(db: DatabaseSync, record: ApplicationRecord): ApplicationSummary {
  return {
    code: record.code,
    applicantName: record.applicantName,
    submittedAt: record.submittedAt,
    indicatorKind: record.indicatorKind,
    applicationType: record.applicationType,
    category: record.category,
    status: record.status,
    periodId: record.periodId,
    reviewResultOn: record.reviewResultOn,
    queuePosition: queuePosition(db, record),
  };
}

/** The whole application as the citizen may see it (identifiers masked), and whether it may be cancelled now. */
export function applicationView(context: ServerContext, record: ApplicationRecord): Application {
  const { db } = context;
  const indicator = db.prepare('SELECT code FROM indicators WHERE application_code = ?').get(record.code);
  return {
    ...applicationSummary(db, record),
    applicantType: record.applicantType,
    idType: record.idType,
    idNumberMasked: maskIdNumber(record.idNumber),
    catalogVersion: record.catalogVersion,
    values: maskedValues(context, record),
    commitments: record.commitments,
    history: applicationHistory(db, record.code),
    indicatorCode: indicator ? String(indicator.code) : null,
    cancellable: cancellationsOpenToday(context) && isCancellable(record.status),
  };
}
