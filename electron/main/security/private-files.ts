import { chmodSync, lstatSync, readdirSync, type Stats } from 'node:fs';
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

/** `dir` and everything below it, with their stats (symlinks are not followed; what vanishes meanwhile is skipped). */
export function* walkFiles(dir: string): Generator<{ path: string; stat: Stats }> {
  const stack = [dir];
  while (stack.length > 0) {
    const path = stack.pop()!;
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch {
      continue;
    }
    yield { path, stat };
    if (!stat.isDirectory()) continue;
    try {
      for (const name of readdirSync(path)) stack.push(join(path, name));
    } catch {
      // Gone (or closed to us) since it was seen.
    }
  }
}

/** Takes group and world access away from `dir` and everything already in it (symlinks are left alone). */
export function restrictToOwner(dir: string): void {
  for (const { path, stat } of walkFiles(dir)) {
    if (!stat.isSymbolicLink() && (stat.mode & 0o077) !== 0) chmodSync(path, stat.mode & 0o700);
  }
}
