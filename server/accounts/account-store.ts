import { randomUUID } from 'node:crypto';
import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import type { IdType } from '../../shared/validation/id-number.ts';
import type { UserType } from '../../shared/validation/kinds.ts';

/**
 * A stored account. Personal: `name`, `idType` and `idNumber` are the
 * holder's. Unit: `name` is the unit's, `idType`, `idNumber` and
 * `contactName` the handling person's (经办人), `creditCode` the unit's.
 * `passwordHash` is null for an account created by an identity login until
 * a password is set through a reset.
 */
export type AccountRecord = {
  id: string;
  userType: UserType;
  name: string;
  idType: IdType;
  idNumber: string;
  creditCode: string | null;
  contactName: string | null;
  phone: string;
  passwordHash: string | null;
  failedLogins: number;
  lockedUntil: number | null;
  createdAt: string;
};

/** What a new account is made of. */
export type NewAccount = Pick<
  AccountRecord,
  'userType' | 'name' | 'idType' | 'idNumber' | 'creditCode' | 'contactName' | 'phone' | 'passwordHash' | 'createdAt'
>;

const COLUMNS =
  'id, user_type, name, id_type, id_number, credit_code, contact_name, phone, password_hash, failed_logins, locked_until, created_at';

const nullableText = (value: SQLOutputValue | undefined) => (value === null || value === undefined ? null : String(value));

function toRecord(row: Record<string, SQLOutputValue>): AccountRecord {
  return {
    id: String(row.id),
    userType: String(row.user_type) as UserType,
    name: String(row.name),
    idType: String(row.id_type) as IdType,
    idNumber: String(row.id_number),
    creditCode: nullableText(row.credit_code),
    contactName: nullableText(row.contact_name),
    phone: String(row.phone),
    passwordHash: nullableText(row.password_hash),
    failedLogins: Number(row.failed_logins),
    lockedUntil: row.locked_until === null ? null : Number(row.locked_until),
    createdAt: String(row.created_at),
  };
}

function findOne(db: DatabaseSync, where: string, ...params: string[]): AccountRecord | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM accounts WHERE ${where}`).get(...params);
  return row ? toRecord(row) : undefined;
}

/** The account with this id. */
export function findAccountById(db: DatabaseSync, id: string): AccountRecord | undefined {
  return findOne(db, 'id = ?', id);
}

/** The account (of either type) registered with this phone. */
export function findAccountByPhone(db: DatabaseSync, phone: string): AccountRecord | undefined {
  return findOne(db, 'phone = ?', phone);
}

/** The personal account of the holder of this document. */
export function findPersonalAccount(db: DatabaseSync, idType: IdType, idNumber: string): AccountRecord | undefined {
  return findOne(db, "user_type = 'personal' AND id_type = ? AND id_number = ?", idType, idNumber);
}

/** The unit account with this credit code. */
export function findUnitAccount(db: DatabaseSync, creditCode: string): AccountRecord | undefined {
  return findOne(db, "user_type = 'unit' AND credit_code = ?", creditCode);
}

/** Stores a new account and returns it. */
export function insertAccount(db: DatabaseSync, account: NewAccount): AccountRecord {
  const row = db
    .prepare(
      `INSERT INTO accounts (id, user_type, name, id_type, id_number, credit_code, contact_name, phone, password_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    )
    .get(
      randomUUID(),
      account.userType,
      account.name,
      account.idType,
      account.idNumber,
      account.creditCode,
      account.contactName,
      account.phone,
      account.passwordHash,
      account.createdAt,
    );
  return toRecord(row!);
}

/** Fields of an account that may change after registration. */
export type AccountChange = Partial<Pick<AccountRecord, 'name' | 'contactName' | 'phone'>>;

const CHANGE_COLUMNS: Record<keyof AccountChange, string> = { name: 'name', contactName: 'contact_name', phone: 'phone' };

/** Applies `change` to the account and returns it as stored. */
export function updateAccount(db: DatabaseSync, id: string, change: AccountChange): AccountRecord {
  const entries = Object.entries(change).filter(([, value]) => value !== undefined) as [keyof AccountChange, string][];
  if (entries.length > 0) {
    const assignments = entries.map(([key]) => `${CHANGE_COLUMNS[key]} = ?`).join(', ');
    db.prepare(`UPDATE accounts SET ${assignments} WHERE id = ?`).run(...entries.map(([, value]) => value), id);
  }
  return findAccountById(db, id)!;
}

/** Sets a new password hash and lifts any lock. */
export function setPasswordHash(db: DatabaseSync, id: string, passwordHash: string): void {
  db.prepare('UPDATE accounts SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?').run(passwordHash, id);
}
