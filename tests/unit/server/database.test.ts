import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app.ts';
import { MIGRATIONS, migrate } from '../../../server/db/migrations.ts';
import { CATALOG_DOCUMENT_IDS } from '../../../shared/contract/catalog.ts';
import { LOCALES } from '../../../shared/locales.ts';

describe('database', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qk-server-db-'));
    dbPath = join(dir, 'api.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a file database in WAL mode with foreign keys and a busy timeout', async () => {
    const app = await buildServer({ dbPath });
    try {
      expect(app.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
      expect(app.db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
      expect(Number(app.db.prepare('PRAGMA busy_timeout').get()?.timeout)).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });

  it('applies migrations and the seed once when started twice on the same file', async () => {
    const first = await buildServer({ dbPath });
    const before = first.db.prepare('SELECT id, locale, updated_at FROM catalog_documents ORDER BY id, locale').all();
    await first.close();

    const second = await buildServer({ dbPath });
    try {
      const versions = second.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      expect(versions.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
      const after = second.db.prepare('SELECT id, locale, updated_at FROM catalog_documents ORDER BY id, locale').all();
      expect(after).toHaveLength(CATALOG_DOCUMENT_IDS.length * LOCALES.length);
      expect(after).toEqual(before);
    } finally {
      await second.close();
    }
  });

  it('applies migrations in version order and rolls back one that fails', () => {
    const db = new DatabaseSync(dbPath);
    try {
      migrate(db, [
        { version: 2, name: 'index', sql: 'CREATE INDEX things_name ON things (name)' },
        { version: 1, name: 'things', sql: 'CREATE TABLE things (name TEXT)' },
      ]);
      expect(() =>
        migrate(db, [{ version: 3, name: 'broken', sql: 'CREATE TABLE half (x); INSERT INTO nowhere VALUES (1)' }]),
      ).toThrow();
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      expect(versions.map((row) => row.version)).toEqual([1, 2]);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    } finally {
      db.close();
    }
  });
});
