/**
 * Tables of applications and what follows them (migration 20): the
 * applications and their history, the Idempotency-Key store, indicators,
 * ladder enrolments, each period's allocations (seed, freeze, draw) and
 * their entries (who took part, with how many codes, and the result).
 */
export const APPLICATIONS_SCHEMA_SQL = `
  CREATE TABLE applications (
    code TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    catalog_version TEXT NOT NULL,
    indicator_kind TEXT NOT NULL,
    application_type TEXT NOT NULL,
    allocation TEXT NOT NULL,
    category TEXT NOT NULL,
    applicant_type TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_number TEXT NOT NULL,
    field_values TEXT NOT NULL CHECK (json_valid(field_values)),
    commitments TEXT NOT NULL CHECK (json_valid(commitments)),
    status TEXT NOT NULL,
    period_id TEXT NOT NULL,
    review_result_on TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    queued_at INTEGER
  ) STRICT;
  CREATE INDEX applications_account ON applications (account_id, indicator_kind, status);
  CREATE INDEX applications_pool ON applications (application_type, status, period_id);

  CREATE TABLE application_history (
    code TEXT NOT NULL REFERENCES applications (code),
    seq INTEGER NOT NULL,
    status TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (code, seq)
  ) STRICT;

  CREATE TABLE idempotency_keys (
    account_id TEXT NOT NULL REFERENCES accounts (id),
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL CHECK (json_valid(body)),
    created_at TEXT NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
  ) STRICT;

  CREATE TABLE indicators (
    code TEXT PRIMARY KEY,
    application_code TEXT NOT NULL UNIQUE REFERENCES applications (code),
    account_id TEXT NOT NULL REFERENCES accounts (id),
    obtained_on TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    used_at TEXT
  ) STRICT;
  CREATE INDEX indicators_account ON indicators (account_id);

  CREATE TABLE ladder_enrolments (
    account_id TEXT PRIMARY KEY REFERENCES accounts (id),
    enrolled_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE period_allocations (
    period_id TEXT NOT NULL,
    application_type TEXT NOT NULL,
    allocation TEXT NOT NULL,
    quota INTEGER NOT NULL,
    seed TEXT,
    seed_hash TEXT,
    frozen_at TEXT,
    drawn_at TEXT,
    winners TEXT CHECK (winners IS NULL OR json_valid(winners)),
    PRIMARY KEY (period_id, application_type)
  ) STRICT;

  CREATE TABLE allocation_entries (
    period_id TEXT NOT NULL,
    application_type TEXT NOT NULL,
    application_code TEXT NOT NULL REFERENCES applications (code),
    account_id TEXT NOT NULL REFERENCES accounts (id),
    codes INTEGER,
    position INTEGER NOT NULL,
    result TEXT NOT NULL,
    PRIMARY KEY (period_id, application_type, application_code)
  ) STRICT;
  CREATE INDEX allocation_entries_account ON allocation_entries (account_id, period_id);
`;
