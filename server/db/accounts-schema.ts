/**
 * Migration 2: citizen accounts, sessions, one-time codes and the stand-in
 * identity platform's own accounts. Times are milliseconds since the epoch
 * (read from the server's clock) except `created_at`, an ISO timestamp.
 */
export const ACCOUNTS_SCHEMA_SQL = `
  CREATE TABLE captchas (
    id TEXT PRIMARY KEY,
    answer TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE sms_codes (
    phone TEXT NOT NULL,
    purpose TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (phone, purpose)
  ) STRICT;

  -- Personal accounts: name, id_type and id_number are the holder's.
  -- Unit accounts: name is the unit's; id_type, id_number and contact_name are the handling person's.
  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    user_type TEXT NOT NULL CHECK (user_type IN ('personal', 'unit')),
    name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_number TEXT NOT NULL,
    credit_code TEXT UNIQUE,
    contact_name TEXT,
    phone TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    created_at TEXT NOT NULL,
    CHECK ((user_type = 'unit') = (credit_code IS NOT NULL AND contact_name IS NOT NULL))
  ) STRICT;
  CREATE UNIQUE INDEX accounts_personal_id_number ON accounts (id_type, id_number) WHERE user_type = 'personal';

  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX sessions_account ON sessions (account_id);

  -- The unified identity platform (海南省政务服务网) stand-in: a separate system's accounts.
  -- personal: name and id_number are the person's; legal: name is the unit's,
  -- representative_name and id_number the legal representative's.
  CREATE TABLE identity_accounts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('personal', 'legal')),
    name TEXT NOT NULL,
    id_number TEXT NOT NULL,
    credit_code TEXT UNIQUE,
    representative_name TEXT,
    phone TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    created_at TEXT NOT NULL,
    CHECK ((kind = 'legal') = (credit_code IS NOT NULL AND representative_name IS NOT NULL)),
    UNIQUE (kind, phone)
  ) STRICT;
  CREATE UNIQUE INDEX identity_accounts_personal_id_number ON identity_accounts (id_number) WHERE kind = 'personal';
`;
