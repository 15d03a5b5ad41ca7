/**
 * The unified identity platform stand-in (海南省政务服务网 统一身份认证):
 * in production a separate system the quota system trusts; here its own
 * table, reached only through this folder.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import type { IdType } from '../../shared/validation/id-number.ts';
import type { IdentityKind } from '../../shared/validation/kinds.ts';

/**
 * An identity account. personal: `name`, `idType` and `idNumber` are the
 * person's, `username` (lower-case) another name to log in with. legal:
 * `name` is the unit's, `creditCode` its credit code, `representativeName`
 * and `idNumber` (a 居民身份证) its legal representative's.
 */
export type IdentityRecord = {
  id: string;
  kind: IdentityKind;
  name: string;
  idType: IdType;
  idNumber: string;
  username: string | null;
  creditCode: string | null;
  representativeName: string | null;
  phone: string;
  passwordHash: string;
};

/** What a new identity account is made of. */
export type NewIdentity = Omit<IdentityRecord, 'id'> & { createdAt: string };

const COLUMNS = 'id, kind, name, id_type, id_number, username, credit_code, representative_name, phone, password_hash';

function toRecord(row: Record<string, SQLOutputValue>): IdentityRecord {
  return {
    id: String(row.id),
    kind: String(row.kind) as IdentityKind,
    name: String(row.name),
    idType: String(row.id_type) as IdType,
    idNumber: String(row.id_number),
    username: row.username === null ? null : String(row.username),
    creditCode: row.credit_code === null ? null : String(row.credit_code),
    representativeName: row.representative_name === null ? null : String(row.representative_name),
    phone: String(row.phone),
    passwordHash: String(row.password_hash),
  };
}

function findOne(db: DatabaseSync, where: string, ...params: string[]): IdentityRecord | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM identity_accounts WHERE ${where}`).get(...params);
  return row ? toRecord(row) : undefined;
}

/** The personal identity holding this document number (of any type; the platform has each number once). */
export function findPersonalIdentity(db: DatabaseSync, idNumber: string): IdentityRecord | undefined {
  return findOne(db, "kind = 'personal' AND id_number = ?", idNumber);
}

/** The personal identity with this user name (any case). */
export function findIdentityByUsername(db: DatabaseSync, username: string): IdentityRecord | undefined {
  return findOne(db, "kind = 'personal' AND username = ?", username.toLowerCase());
}

/** The personal identity a 用户名/证件号码 names: its user name (any case) or its document number (any case, no spaces). */
export function findIdentityByLoginName(db: DatabaseSync, loginName: string): IdentityRecord | undefined {
  return findIdentityByUsername(db, loginName) ?? findPersonalIdentity(db, loginName.toUpperCase());
}

/** The legal-person identity with this credit code. */
export function findLegalIdentity(db: DatabaseSync, creditCode: string): IdentityRecord | undefined {
  return findOne(db, "kind = 'legal' AND credit_code = ?", creditCode);
}

/** The identity of this kind registered with this phone. */
export function findIdentityByPhone(db: DatabaseSync, kind: IdentityKind, phone: string): IdentityRecord | undefined {
  return findOne(db, 'kind = ? AND phone = ?', kind, phone);
}

/** True when any identity (of either kind) is registered with this phone. */
export function identityPhoneExists(db: DatabaseSync, phone: string): boolean {
  return db.prepare('SELECT 1 FROM identity_accounts WHERE phone = ? LIMIT 1').get(phone) !== undefined;
}

/** Stores a new identity account and returns it. */
export function insertIdentity(db: DatabaseSync, identity: NewIdentity): IdentityRecord {
  const row = db
    .prepare(
      `INSERT INTO identity_accounts (id, kind, name, id_type, id_number, username, credit_code, representative_name, phone, password_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    )
    .get(
      randomUUID(),
      identity.kind,
      identity.name,
      identity.idType,
      identity.idNumber,
      identity.username,
      identity.creditCode,
      identity.representativeName,
      identity.phone,
      identity.passwordHash,
      identity.createdAt,
    );
  return toRecord(row!);
}
