import { readFileSync } from 'node:fs';
import { walkFiles } from '../../../../../electron/main/security/private-files.ts';

/** The file's bytes, and the bytes of every base64 word in it: base64 is an encoding, not a cipher. */
function readings(bytes: Buffer): Buffer[] {
  const words = bytes.toString('latin1').match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? [];
  return [bytes, ...words.map((word) => Buffer.from(word, 'base64'))];
}

/** The file's bytes, or null when it vanished since it was listed (a running browser's profile changes under the scan). */
function readOrGone(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Each file under `dir` with the secrets found in it in plain text (UTF-8 or UTF-16, as is or base64-encoded); [] when none is. */
export function plaintextFindings(dir: string, secrets: readonly string[]): { file: string; found: string[] }[] {
  const findings: { file: string; found: string[] }[] = [];
  for (const { path, stat } of walkFiles(dir)) {
    if (!stat.isFile()) continue;
    const bytes = readOrGone(path);
    if (bytes === null) continue;
    const texts = readings(bytes);
    const found = secrets.filter((secret) =>
      texts.some((bytes) => bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le'))),
    );
    if (found.length > 0) findings.push({ file: path, found });
  }
  return findings;
}

/** How many files are under `dir`: a scan of none proves nothing. */
export function fileCount(dir: string): number {
  return [...walkFiles(dir)].filter(({ stat }) => stat.isFile()).length;
}
