import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * From now on, every file and folder this process (and the processes it
 * starts) creates is readable by the kiosk's own user only. Called first
 * thing: the data folder holds logs and, on a demo terminal, a database of
 * citizens' accounts.
 */
export function createPrivateFilesOnly(): void {
  process.umask(0o077);
}

/** Takes group and world access away from `dir` and everything already in it (symlinks are left alone). */
export function restrictToOwner(dir: string): void {
  const stack = [dir];
  while (stack.length > 0) {
    const path = stack.pop()!;
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) continue;
    if ((stat.mode & 0o077) !== 0) chmodSync(path, stat.mode & 0o700);
    if (stat.isDirectory()) for (const name of readdirSync(path)) stack.push(join(path, name));
  }
}
