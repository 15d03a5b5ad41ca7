import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** app.getPath() of the host: everything under one user-data folder (KIOSK_HOST_USER_DATA or a temp dir). */
const userData = process.env.KIOSK_HOST_USER_DATA ?? mkdtempSync(join(tmpdir(), 'quota-kiosk-host-'));
mkdirSync(userData, { recursive: true });

const PATHS: Record<string, string> = {
  userData,
  appData: userData,
  sessionData: userData,
  logs: join(userData, 'logs'),
  crashDumps: join(userData, 'crashes'),
  temp: tmpdir(),
  home: process.env.HOME ?? tmpdir(),
};

export function getPath(name: string): string {
  const path = PATHS[name];
  if (!path) throw new Error(`test host: app.getPath('${name}') is not implemented`);
  mkdirSync(path, { recursive: true });
  return path;
}
