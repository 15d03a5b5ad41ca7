import { defineConfig } from '@playwright/test';
import { electronBinary } from './tests/e2e/support/electron-binary.ts';

type KioskRuntime = 'host' | 'electron';

const projects: { name: string; use: { kioskRuntime: KioskRuntime } }[] = [{ name: 'host', use: { kioskRuntime: 'host' } }];
if (electronBinary()) {
  projects.push({ name: 'electron', use: { kioskRuntime: 'electron' } });
} else if (!process.env.PLAYWRIGHT_ELECTRON_NOTICE_SHOWN) {
  process.env.PLAYWRIGHT_ELECTRON_NOTICE_SHOWN = '1';
  console.log('NOTE: e2e project "electron" did NOT run: no Electron binary is installed here. Only the test host ran.');
}

export default defineConfig<{ kioskRuntime: KioskRuntime }>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: { trace: 'retain-on-failure' },
  projects,
});
