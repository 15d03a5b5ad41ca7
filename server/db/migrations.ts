import type { DatabaseSync } from 'node:sqlite';
import { ACCOUNTS_SCHEMA_SQL } from './accounts-schema.ts';
import { APPLICATIONS_SCHEMA_SQL } from './applications-schema.ts';
import { inTransaction } from './transaction.ts';

export type Migration = { version: number; name: string; sql: string };

/** Schema changes in the order they are applied; append, never edit an applied one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'catalog_documents',
    sql: `
      CREATE TABLE catalog_documents (
        id TEXT NOT NULL,
        locale TEXT NOT NULL,
        title TEXT NOT NULL,
        sections TEXT NOT NULL CHECK (json_valid(sections)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (id, locale)
      ) STRICT;
    `,
  },
  { version: 2, name: 'accounts', sql: ACCOUNTS_SCHEMA_SQL },
  {
    version: 3,
    name: 'expiry_indexes',
    // The sweeps of server/db/expiry.ts find expired rows through these instead of scanning the table.
    sql: `
      CREATE INDEX captchas_expires_at ON captchas (expires_at);
      CREATE INDEX sms_codes_expires_at ON sms_codes (expires_at);
      CREATE INDEX sessions_expires_at ON sessions (expires_at);
    `,
  },
  {
    version: 4,
    name: 'login_failures',
    // Wrong passwords counted per login name whether or not an account has it (server/sessions/login-failures.ts);
    // the identity platform's accounts count there too and lose their own counters.
    sql: `
      CREATE TABLE login_failures (
        realm TEXT NOT NULL,
        name_hash TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        locked_until INTEGER,
        expires_at INTEGER NOT NULL,
        PRIMARY KEY (realm, name_hash)
      ) STRICT;
      CREATE INDEX login_failures_expires_at ON login_failures (expires_at);
      ALTER TABLE identity_accounts DROP COLUMN failed_logins;
      ALTER TABLE identity_accounts DROP COLUMN locked_until;
    `,
  },
  {
    version: 5,
    name: 'identity_login_names',
    // The identity platform's 用户名/证件号码: a person may hold any document type and a user name (stored lower-case).
    sql: `
      ALTER TABLE identity_accounts ADD COLUMN id_type TEXT NOT NULL DEFAULT 'resident_id';
      ALTER TABLE identity_accounts ADD COLUMN username TEXT;
      CREATE UNIQUE INDEX identity_accounts_username ON identity_accounts (username);
    `,
  },
  {
    version: 6,
    name: 'catalog_documents_published_on',
    // The seed writes every bundled document's date at start; '' never outlives it.
    sql: `ALTER TABLE catalog_documents ADD COLUMN published_on TEXT NOT NULL DEFAULT '';`,
  },
  // From 20 on: applications, indicators, the ladder and draws (lower numbers are left to other branches).
  { version: 20, name: 'applications', sql: APPLICATIONS_SCHEMA_SQL },
  {
    version: 30,
    name: 'server_secrets',
    // From 30 on: the outbox's side. Keys the server makes once per database (the submission grants' HMAC key).
    sql: `
      CREATE TABLE server_secrets (
        name TEXT PRIMARY KEY,
        value BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `,
  },
];

function appliedVersions(db: DatabaseSync): Set<number> {
  const rows = db.prepare('SELECT version FROM schema_migrations').all();
  return new Set(rows.map((row) => Number(row.version)));
}

/**
 * Applies the migrations `db` has not seen yet, each once and in its own
 * transaction (checked under the write lock, so two processes opening the
 * same file never apply one twice).
 */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = MIGRATIONS): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT;
  `);
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  for (const migration of ordered) {
    inTransaction(db, () => {
      if (appliedVersions(db).has(migration.version)) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    });
  }
}
