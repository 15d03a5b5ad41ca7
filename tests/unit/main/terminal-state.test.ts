import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrivateFilesOnly } from '../../../electron/main/security/private-files.ts';
import { openTerminalState } from '../../../electron/main/services/terminal-state.ts';
import { HAINAN_CATALOG } from '../../../shared/catalog/data/hainan.ts';

// No Electron here: without `app`, electron-store runs on the absolute cwd it is given, as it does
// in main on app.getPath('userData'). vitest.config.ts inlines electron-store so this mock reaches it.
const ipcMain = vi.hoisted(() => ({ removeAllListeners: vi.fn() }));
vi.mock('electron', () => ({ default: { ipcMain }, ipcMain }));

const VERSION = 'hainan-0123456789abcdef';
const CATALOG = { version: VERSION, body: { ...HAINAN_CATALOG, version: VERSION } };

function logged() {
  const lines: string[] = [];
  const note = (...items: unknown[]) => void lines.push(items.map(String).join(' '));
  return { lines, log: { error: note, warn: note, info: note, debug() {} } };
}

describe('terminal state file (electron-store)', () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'quota-kiosk-state-'));
    umask = process.umask();
  });
  afterEach(() => {
    process.umask(umask);
  });
  const file = () => join(dir, 'terminal-state.json');

  it('keeps the catalog across opens, in terminal-state.json, and nothing else', () => {
    const first = openTerminalState({ log: logged().log, cwd: dir });
    expect(first.path).toBe(file());
    expect(first.catalog.load()).toBeUndefined();
    first.catalog.save(CATALOG);
    const again = openTerminalState({ log: logged().log, cwd: dir });
    expect(again.catalog.load()).toEqual(CATALOG);
    expect(Object.keys(JSON.parse(readFileSync(file(), 'utf8')) as object)).toEqual(['catalog']);
  });

  it('closes the unchecked channel electron-store opens on ipcMain for renderer-side stores', () => {
    ipcMain.removeAllListeners.mockClear();
    openTerminalState({ log: logged().log, cwd: dir });
    expect(ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
  });

  it('writes the file for its owner only under the umask main sets first thing', () => {
    createPrivateFilesOnly();
    openTerminalState({ log: logged().log, cwd: dir }).catalog.save(CATALOG);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('resets a damaged file, says so in the log, and stores again', () => {
    writeFileSync(file(), '{"catalog": {"version": "hainan-01');
    const { lines, log } = logged();
    const state = openTerminalState({ log, cwd: dir });
    expect(state.catalog.load()).toBeUndefined();
    expect(lines.join('\n')).toMatch(/terminal-state\.json could not be read .*not valid JSON.*starting it afresh/);
    state.catalog.save(CATALOG);
    expect(openTerminalState({ log, cwd: dir }).catalog.load()).toEqual(CATALOG);
  });

  it.each([
    ['a catalog without its body', { catalog: { version: 'hainan-0123456789abcdef' } }],
    ['a version that is not a string', { catalog: { version: 7, body: {} } }],
    ['a key the schema does not list', { catalog: CATALOG, citizen: { idNumber: '460100199001011234' } }],
  ])('resets a file the schema refuses: %s', (_name, content) => {
    writeFileSync(file(), JSON.stringify(content));
    const { lines, log } = logged();
    const state = openTerminalState({ log, cwd: dir });
    expect(state.catalog.load()).toBeUndefined();
    expect(lines.join('\n')).toMatch(/terminal-state\.json could not be read .*schema violation.*starting it afresh/);
    expect(readFileSync(file(), 'utf8')).not.toContain('460100199001011234');
  });

  it('leaves the terminal without lasting state, not without a kiosk, when the file cannot be opened at all', () => {
    mkdirSync(file());
    const { lines, log } = logged();
    const state = openTerminalState({ log, cwd: dir });
    expect(state.catalog.load()).toBeUndefined();
    expect(() => state.catalog.save(CATALOG)).toThrow(/not open/);
    expect(lines.join('\n')).toContain('cannot be opened');
  });
});
