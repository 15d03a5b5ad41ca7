import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getPath } from './paths.ts';

/**
 * safeStorage stand-in: AES-256-GCM with a key kept in the user-data folder
 * (Electron keeps it in the OS keyring), so data written by one run can be
 * read by the next, as on a terminal.
 */
function key(): Buffer {
  const file = join(getPath('userData'), 'host-safe-storage.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32), { mode: 0o600 });
  return readFileSync(file);
}

/** Linux's backends as Electron names them; KIOSK_HOST_SAFE_STORAGE_BACKEND=basic_text plays a terminal without a keyring. */
type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

export const safeStorage = {
  isEncryptionAvailable: (): boolean => true,
  /** As on Linux with a keyring (the key is the host's own, not Chromium's hard-coded basic_text one), unless told otherwise. */
  getSelectedStorageBackend: (): Backend => (process.env.KIOSK_HOST_SAFE_STORAGE_BACKEND as Backend | undefined) ?? 'gnome_libsecret',
  encryptString(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  },
  decryptString(data: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', key(), data.subarray(0, 12));
    decipher.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
  },
};
