import type { SafeStorage } from 'electron';

/** How the outbox encrypts at rest: safeStorage in the kiosk, a stand-in in tests. */
export interface OutboxCipher {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
  /** False when the "encryption" would leave plain text (no keyring on Linux, or none at all): the outbox then refuses to queue. */
  encrypts(): boolean;
}

/**
 * Electron's safeStorage as the outbox's cipher. On Linux without a keyring
 * Chromium falls back to `basic_text`, a hard-coded key: as good as plain
 * text, so it counts as not encrypting.
 */
export function safeStorageCipher(
  safeStorage: Pick<SafeStorage, 'encryptString' | 'decryptString' | 'isEncryptionAvailable' | 'getSelectedStorageBackend'>,
  platform: NodeJS.Platform = process.platform,
): OutboxCipher {
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
    encrypts: () =>
      safeStorage.isEncryptionAvailable() && (platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  };
}
