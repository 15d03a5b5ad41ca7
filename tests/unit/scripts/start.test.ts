import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

describe('npm start without an Electron binary', () => {
  it('says what is missing, how to get it and what runs meanwhile, and starts nothing', () => {
    const run = spawnSync(process.execPath, ['scripts/start.ts'], {
      cwd: root,
      env: { ...process.env, ELECTRON_EXEC_PATH: '/nonexistent/electron' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no Electron binary at ELECTRON_EXEC_PATH=/nonexistent/electron');
    expect(run.stderr).toContain('node node_modules/electron/install.js');
    expect(run.stderr).toContain('npm run start:browser');
    expect(run.stdout).not.toContain('building');
  });
});
