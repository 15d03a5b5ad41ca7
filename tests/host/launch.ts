import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const ENDPOINT_LINE = /^KIOSK_HOST_CDP_ENDPOINT=(\S+)$/m;

export interface LaunchOptions {
  /** Written to a temp config.json passed with --config; omit to pass no --config at all. */
  config?: Record<string, unknown>;
  env?: Record<string, string>;
  headless?: boolean;
  /** The user-data folder to run in: another kiosk's `userData`, to restart the same terminal; a fresh one otherwise. */
  userData?: string;
}

export interface HostKiosk {
  /** The window's page at launch; after main replaced the window (a crash), see currentPage(). */
  page: Page;
  /** The page of the kiosk window open now. */
  currentPage(): Promise<Page>;
  browser: Browser;
  process: ChildProcess;
  /** The kiosk's user-data folder (app.getPath('userData')). */
  userData: string;
  output(): string;
  close(): Promise<void>;
}

/** What a launch that ended before a window appeared printed, with its exit code. */
export class KioskExited extends Error {
  readonly code: number | null;
  readonly output: string;
  constructor(code: number | null, output: string) {
    super(`kiosk exited with ${code} before showing a window:\n${output}`);
    this.code = code;
    this.output = output;
  }
}

/** Starts the built main process under the test host and attaches to its window over CDP. */
export async function launchHostKiosk(options: LaunchOptions = {}): Promise<HostKiosk> {
  const dir = mkdtempSync(join(tmpdir(), 'quota-kiosk-e2e-'));
  const userData = options.userData ?? join(dir, 'user-data');
  const args = [join(ROOT, 'tests/host/run-main.ts')];
  if (options.config) {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(options.config, null, 2));
    args.push('--config', file);
  }
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KIOSK_')));
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...inherited,
      KIOSK_HOST_USER_DATA: userData,
      KIOSK_HOST_HEADLESS: options.headless === false ? '0' : '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const endpoint = await Promise.race([
    new Promise<string>((done) => {
      const look = () => {
        const match = ENDPOINT_LINE.exec(output);
        if (match?.[1]) done(match[1]);
        else setTimeout(look, 20);
      };
      look();
    }),
    exited.then((code) => Promise.reject(new KioskExited(code, output))),
  ]);
  const exitedEarly = async (cause: unknown): Promise<never> => {
    const code = await Promise.race([exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 5000))]);
    throw code === 'running' ? cause : new KioskExited(code, output);
  };
  let browser: Browser;
  let page: Page;
  try {
    browser = await chromium.connectOverCDP(endpoint);
    page = await Promise.race([appPage(browser), exited.then((code) => Promise.reject(new KioskExited(code, output)))]);
  } catch (error) {
    return exitedEarly(error);
  }

  return {
    page,
    currentPage: () => appPage(browser),
    browser,
    userData,
    process: child,
    output: () => output,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await browser.close().catch(() => undefined);
    },
  };
}

/** The window's page once it shows the app (served from the app:// stand-in origin). */
async function appPage(browser: Browser): Promise<Page> {
  for (;;) {
    for (const context of browser.contexts()) {
      const page = context.pages().find((p) => !p.isClosed() && p.url().includes('.app.localhost/'));
      if (page) return page;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
