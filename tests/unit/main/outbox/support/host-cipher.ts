import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorageCipher } from '../../../../../electron/main/services/outbox/cipher.ts';
import { getPath } from '../../../../host/electron/paths.ts';
import { safeStorage } from '../../../../host/electron/safe-storage.ts';

/** The test host's safeStorage (AES-256-GCM, its key in a file of the host's user data) as the outbox's cipher. */
export const hostCipher = safeStorageCipher(safeStorage, 'linux');

/** Runs `work` with another safeStorage key, as after the OS keyring was reset; the key is put back after. */
export async function withAnotherKey<T>(work: () => Promise<T>): Promise<T> {
  hostCipher.encrypt('make sure the key exists');
  const file = join(getPath('userData'), 'host-safe-storage.key');
  const key = readFileSync(file);
  writeFileSync(file, Buffer.alloc(32, 7));
  try {
    return await work();
  } finally {
    writeFileSync(file, key);
  }
}
