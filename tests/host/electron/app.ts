import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { appEvents } from './app-events.ts';
import { hostEvent } from './events.ts';
import { getPath } from './paths.ts';
import { markReady } from './protocol.ts';
import { launchRuntime, runtimeContext } from './runtime.ts';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { name: string; version: string };

let isReady = false;
// Chromium starts once main's synchronous start-up has run (as Electron's browser process is
// main's own process), so what main sets first, such as the umask, applies to it too.
const ready = new Promise((resolve) => setImmediate(resolve)).then(launchRuntime).then(() => {
  markReady();
  isReady = true;
  appEvents.emit('ready');
});
ready.catch((error: unknown) => {
  console.error('test host: Chromium did not start', error);
  process.exit(1);
});

let lockFile: string | null = null;
let quitting = false;

async function shutdown(code: number): Promise<never> {
  if (lockFile) rmSync(lockFile, { force: true });
  await ready.then(() => runtimeContext().close()).catch(() => undefined);
  process.exit(code);
}

/** app stand-in: lifecycle, paths, single-instance lock on a pid file. */
export const app = Object.assign(appEvents, {
  name: pkg.name,
  /** KIOSK_HOST_PACKAGED=1 plays an installed build (app.isPackaged). */
  isPackaged: process.env.KIOSK_HOST_PACKAGED === '1',
  commandLine: { appendSwitch(): void {}, hasSwitch: (): boolean => false },
  whenReady: (): Promise<void> => ready,
  isReady: (): boolean => isReady,
  getVersion: (): string => pkg.version,
  getName: (): string => pkg.name,
  getPath,
  getLocale: (): string => 'zh-CN',
  setAppUserModelId(): void {},

  requestSingleInstanceLock(): boolean {
    const file = join(getPath('userData'), 'SingletonLock.pid');
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
    } catch {
      const holder = Number(readFileSync(file, 'utf8'));
      try {
        process.kill(holder, 0);
        return false;
      } catch {
        rmSync(file, { force: true });
        return app.requestSingleInstanceLock();
      }
    }
    lockFile = file;
    return true;
  },

  quit(): void {
    if (quitting) return;
    const before = hostEvent();
    appEvents.emit('before-quit', before);
    if (before.defaultPrevented) return;
    const will = hostEvent();
    appEvents.emit('will-quit', will);
    if (will.defaultPrevented) return;
    quitting = true;
    appEvents.emit('quit', hostEvent(), 0);
    void shutdown(0);
  },

  exit(code = 0): void {
    quitting = true;
    void shutdown(code);
  },
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
