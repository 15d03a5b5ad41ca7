import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import type { ApplicationStatus } from '../../shared/applications/statuses.ts';
import type { Allocation } from '../../shared/catalog/kinds.ts';
import type { IdType } from '../../shared/validation/id-number.ts';
import type { UserType } from '../../shared/validation/kinds.ts';
import type { FieldValue } from '../../shared/validation/rules.ts';

/** A stored application. `values` hold what the form stored (identifiers from the account masked); idNumber is the applicant's full number. */
export type ApplicationRecord = {
  code: string;
  accountId: string;
  catalogVersion: string;
  indicatorKind: string;
  applicationType: string;
  allocation: Allocation;
  category: string;
  applicantType: UserType;
  applicantName: string;
  idType: IdType;
  idNumber: string;
  values: Record<string, FieldValue>;
  commitments: string[];
  status: ApplicationStatus;
  periodId: string;
  reviewResultOn: string;
  submittedAt: string;
  /** When it joined the queue (ms), for a queue type. */
  queuedAt: number | null;
};

const COLUMNS = `code, account_id, catalog_version, indicator_kind, application_type, allocation, category, applicant_type,
  applicant_name, id_type, id_number, field_values, commitments, status, period_id, review_result_on, submitted_at, queued_at`;

function toRecord(row: Record<string, SQLOutputValue>): ApplicationRecord {
  return {
    code: String(row.code),
    accountId: String(row.account_id),
    catalogVersion: String(row.catalog_version),
    indicatorKind: String(row.indicator_kind),
    applicationType: String(row.application_type),
    allocation: String(row.allocation) as Allocation,
    category: String(row.category),
    applicantType: String(row.applicant_type) as UserType,
    applicantName: String(row.applicant_name),
    idType: String(row.id_type) as IdType,
    idNumber: String(row.id_number),
    values: JSON.parse(String(row.field_values)) as Record<string, FieldValue>,
    commitments: JSON.parse(String(row.commitments)) as string[],
    status: String(row.status) as ApplicationStatus,
    periodId: String(row.period_id),
    reviewResultOn: String(row.review_result_on),
    submittedAt: String(row.submitted_at),
    queuedAt: row.queued_at === null ? null : Number(row.queued_at),
  };
}

/** The application with this code, if `accountId` is given only when it is that account's. */
export function findApplication(db: DatabaseSync, code: string, accountId?: string): ApplicationRecord | undefined {
  const row =
    accountId === undefined
      ? db.prepare(`SELECT ${COLUMNS} FROM applications WHERE code = ?`).get(code)
      : db.prepare(`SELECT ${COLUMNS} FROM applications WHERE code = ? AND account_id = ?`).get(code, accountId);
  return row ? toRecord(row) : undefined;
}

/** Every application's code, oldest first (the operator's count, development only). */
export function allApplicationCodes(db: DatabaseSync): string[] {
  return db.prepare('SELECT code FROM applications ORDER BY submitted_at, code').all().map((row) => String(row.code));
}

/** The account's applications, newest first. */
export function listApplications(db: DatabaseSync, accountId: string): ApplicationRecord[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM applications WHERE account_id = ? ORDER BY submitted_at DESC, code DESC`)
    .all(accountId)
    .map(toRecord);
}

/** Applications of a type in any of `statuses` that joined period `periodId` or an earlier one, in code order. */
export function applicationsInPool(db: DatabaseSync, applicationType: string, statuses: readonly ApplicationStatus[], periodId: string): ApplicationRecord[] {
  const marks = statuses.map(() => '?').join(', ');
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM applications WHERE application_type = ? AND status IN (${marks}) AND period_id <= ? ORDER BY code`,
    )
    .all(applicationType, ...statuses, periodId)
    .map(toRecord);
}

/** The account's application of this indicator kind in one of `statuses`, if any. */
export function findApplicationOfKind(db: DatabaseSync, accountId: string, indicatorKind: string, statuses: readonly ApplicationStatus[]) {
  const marks = statuses.map(() => '?').join(', ');
  const row = db
    .prepare(`SELECT code FROM applications WHERE account_id = ? AND indicator_kind = ? AND status IN (${marks}) LIMIT 1`)
    .get(accountId, indicatorKind, ...statuses);
  return row ? String(row.code) : undefined;
}

/** The next code of a period and kind digit: the period, the digit, a 6-digit sequence. */
export function nextApplicationCode(db: DatabaseSync, periodId: string, kindDigit: number): string {
  const prefix = `${periodId}${kindDigit}`;
  const row = db.prepare("SELECT max(code) AS code FROM applications WHERE code LIKE ? || '%'").get(prefix);
  const last = row?.code === null || row?.code === undefined ? 0 : Number(String(row.code).slice(prefix.length));
  return `${prefix}${String(last + 1).padStart(6, '0')}`;
}

/** Stores a new application (its first history entry too). */
export function insertApplication(db: DatabaseSync, record: ApplicationRecord): void {
  db.prepare(`INSERT INTO applications (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})`).run(
    record.code,
    record.accountId,
    record.catalogVersion,
    record.indicatorKind,
    record.applicationType,
    record.allocation,
    record.category,
    record.applicantType,
    record.applicantName,
    record.idType,
    record.idNumber,
    JSON.stringify(record.values),
    JSON.stringify(record.commitments),
    record.status,
    record.periodId,
    record.reviewResultOn,
    record.submittedAt,
    record.queuedAt,
  );
  appendHistory(db, record.code, record.status, record.submittedAt);
}

function appendHistory(db: DatabaseSync, code: string, status: ApplicationStatus, at: string): void {
  db.prepare(
    'INSERT INTO application_history (code, seq, status, at) SELECT ?, coalesce(max(seq), 0) + 1, ?, ? FROM application_history WHERE code = ?',
  ).run(code, status, at, code);
}

/** Sets the status (and the time it joined the queue, when given) and records it in the history. */
export function setStatus(db: DatabaseSync, code: string, status: ApplicationStatus, at: string, queuedAt?: number): void {
  if (queuedAt === undefined) db.prepare('UPDATE applications SET status = ? WHERE code = ?').run(status, code);
  else db.prepare('UPDATE applications SET status = ?, queued_at = ? WHERE code = ?').run(status, queuedAt, code);
  appendHistory(db, code, status, at);
}

/** The statuses an application went through, oldest first. */
export function applicationHistory(db: DatabaseSync, code: string): { status: ApplicationStatus; at: string }[] {
  return db
    .prepare('SELECT status, at FROM application_history WHERE code = ? ORDER BY seq')
    .all(code)
    .map((row) => ({ status: String(row.status) as ApplicationStatus, at: String(row.at) }));
}

/** 1-based place in its type's queue (by the time it joined, then code); null when not queued. */
export function queuePosition(db: DatabaseSync, record: ApplicationRecord): number | null {
  if (record.status !== 'queued' || record.queuedAt === null) return null;
  const row = db
    .prepare(
      `SELECT count(*) AS ahead FROM applications WHERE application_type = ? AND status = 'queued'
         AND (queued_at < ? OR (queued_at = ? AND code < ?))`,
    )
    .get(record.applicationType, record.queuedAt, record.queuedAt, record.code);
  return Number(row?.ahead) + 1;
}
