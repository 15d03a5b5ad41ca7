import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPIRY_SWEEPS } from '../../../server/db/expiry.ts';
import { migrate } from '../../../server/db/migrations.ts';

/** The query plan of `sql` as SQLite's EXPLAIN QUERY PLAN details, one string per step. */
function plan(db: DatabaseSync, sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => 0);
  return db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params).map((row) => String(row.detail));
}

describe('expiry sweeps', () => {
  let db: DatabaseSync;
  beforeEach(() => {
    db = new DatabaseSync(':memory:');
    migrate(db);
  });
  afterEach(() => db.close());

  it.each(Object.entries(EXPIRY_SWEEPS))('%s finds its rows through an index, never by scanning the table', (_, sql) => {
    const steps = plan(db, sql);
    expect(steps.join('\n')).toMatch(/USING (COVERING )?INDEX \w+_expires_at/);
    for (const step of steps) expect(step).not.toMatch(/^SCAN/);
  });
});
