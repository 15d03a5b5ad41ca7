// `npm run start:browser`: the kiosk as built, in a visible Chromium window,
// through the test host, for machines without an Electron binary. Arguments
// are passed to the kiosk (e.g. -- --config ./my-terminal.json).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const userData = process.env.KIOSK_HOST_USER_DATA ?? join(root, '.tmp', 'browser-user-data');
mkdirSync(userData, { recursive: true });
const env = { ...process.env, KIOSK_HOST_HEADLESS: '0', KIOSK_HOST_USER_DATA: userData };
const kiosk = [join(root, 'tests/host/run-main.ts'), ...process.argv.slice(2)];

const [command, args] = process.env.DISPLAY
  ? [process.execPath, kiosk]
  : ['xvfb-run', ['-a', process.execPath, ...kiosk]];
if (!process.env.DISPLAY) console.log('No DISPLAY: running under xvfb-run (nothing will be visible on this machine).');

const child = spawn(command, args, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
