import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../db/transaction.ts';

const NAME = 'submission_grant_hmac';
const SECRET_BYTES = 32;

/**
 * The key submission grants are signed with: `configured` (ServerOptions.grantSecret,
 * at least 32 bytes, shared by the servers of one deployment), or else one made
 * the first time a database is opened and kept in it, so grants outlive a restart.
 */
export function grantSecret(db: DatabaseSync, configured?: string): Buffer {
  if (configured !== undefined) {
    const key = Buffer.from(configured, 'utf8');
    if (key.length < SECRET_BYTES) throw new RangeError(`grantSecret must be at least ${SECRET_BYTES} bytes`);
    return key;
  }
  return inTransaction(db, () => {
    const stored = db.prepare('SELECT value FROM server_secrets WHERE name = ?').get(NAME);
    if (stored) return Buffer.from(stored.value as Uint8Array);
    const made = randomBytes(SECRET_BYTES);
    db.prepare('INSERT INTO server_secrets (name, value, created_at) VALUES (?, ?, ?)').run(NAME, made, new Date().toISOString());
    return made;
  });
}
