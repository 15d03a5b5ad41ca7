import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ELECTRON_PACKAGE = resolve(import.meta.dirname, '../../../node_modules/electron');

/**
 * Path of a real Electron binary, or null where none was downloaded (as on
 * these machines). Reads the package's files rather than require('electron'),
 * which would try to download the binary.
 */
export function electronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (!relative) return null;
  const binary = override ? join(override, relative) : join(ELECTRON_PACKAGE, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
