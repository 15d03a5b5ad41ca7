import { DatabaseSync } from 'node:sqlite';
import { migrate } from './migrations.ts';
import { seedCatalogDocuments } from './seed/catalog-documents.ts';

/** How long a statement waits for another connection's write lock before failing. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (or creates) the database at `path` (':memory:' for a throwaway one),
 * brings its schema up to date and seeds the catalog.
 */
export function openDatabase(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db);
    seedCatalogDocuments(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Closes `db` unless it is already closed, so shutdown paths may all call it. */
export function closeDatabase(db: DatabaseSync): void {
  if (db.isOpen) db.close();
}
