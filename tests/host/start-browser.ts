// `npm run start:browser`: the kiosk as built, in a visible Chromium window,
// through the test host, for machines without an Electron binary. Arguments
// are passed to the kiosk (e.g. -- --config ./my-terminal.json).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const userData = process.env.KIOSK_HOST_USER_DATA ?? join(root, '.tmp', 'browser-user-data');
mkdirSync(userData, { recursive: true });
// The window opens at the kiosk's screen size (the host's KIOSK_HOST_VIEWPORT), and so does Xvfb's screen.
const viewport = process.env.KIOSK_HOST_VIEWPORT ?? '1920x1080';
const env = { ...process.env, KIOSK_HOST_HEADLESS: '0', KIOSK_HOST_USER_DATA: userData, KIOSK_HOST_VIEWPORT: viewport };
const kiosk = [join(root, 'tests/host/run-main.ts'), ...process.argv.slice(2)];

const [command, args] = process.env.DISPLAY
  ? [process.execPath, kiosk]
  : ['xvfb-run', ['-a', '-s', `-screen 0 ${viewport}x24`, process.execPath, ...kiosk]];
if (!process.env.DISPLAY) {
  console.log(`No DISPLAY: running under xvfb-run on a ${viewport} screen (nothing will be visible on this machine).`);
}
console.log(`Stop with Ctrl+C or kill ${process.pid}.`);

// In a process group of its own, so that one signal reaches the kiosk (which closes Chromium), Xvfb and xvfb-run alike.
const child = spawn(command, args, { stdio: 'inherit', env, detached: true });
const stop = () => {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // the group has already gone
  }
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
child.on('exit', (code) => process.exit(code ?? 1));
