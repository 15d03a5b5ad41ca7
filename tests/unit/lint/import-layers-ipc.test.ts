// Who may reach ipcMain / ipcRenderer, whatever form the electron import takes.
import { resolve } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import importLayers from '../../../eslint/import-layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = resolve(import.meta.dirname, '../../..');
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' } });

const SERVICE = resolve(root, 'electron/main/services/bad.ts');
const IPC = resolve(root, 'electron/main/ipc/install.ts');
const PRELOAD = resolve(root, 'electron/preload/index.ts');

const allowedIn = (filename: string, codes: string[]) => codes.map((code) => ({ code, filename }));
const ipcMain = (code: string, filename = SERVICE) => ({ code, filename, errors: [{ messageId: 'ipcMain' }] });
const ipcRenderer = (code: string, filename = SERVICE) => ({ code, filename, errors: [{ messageId: 'ipcRenderer' }] });
const opaque = (code: string, filename = SERVICE) => ({ code, filename, errors: [{ messageId: 'opaque' }] });

tester.run('import-layers: ipcMain and ipcRenderer', importLayers, {
  valid: [
    ...allowedIn(IPC, [
      "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);",
      "import * as electron from 'electron';\nelectron.ipcMain.handle('x', () => 1);",
      "import electron from 'electron';\nconst { ipcMain } = electron;\nipcMain.removeHandler('x');",
    ]),
    ...allowedIn(PRELOAD, [
      "const { contextBridge, ipcRenderer } = require('electron');\nexport const x = [contextBridge, ipcRenderer];",
      "import * as electron from 'electron';\nexport const x = electron.ipcRenderer;",
    ]),
    ...allowedIn(SERVICE, [
      "import * as electron from 'electron';\nexport const quit = () => electron.app.quit();",
      "import electron from 'electron';\nconst { app, BrowserWindow } = electron;\nexport const x = [app, BrowserWindow];",
      "export const x = require('electron').app;",
      "const { screen } = await import('electron');\nexport const x = screen;",
      "import type * as Electron from 'electron';\nexport type M = typeof Electron.ipcMain;",
      "import type { IpcMain } from 'electron';\nexport type M = IpcMain;",
      "export { app } from 'electron';",
    ]),
  ],
  invalid: [
    ipcMain("import { ipcMain } from 'electron';\nexport const x = ipcMain;"),
    ipcMain("import { ipcMain as bus } from 'electron/main';\nexport const x = bus;"),
    ipcMain("import * as electron from 'electron';\nelectron.ipcMain.handle('x', () => 1);"),
    ipcMain("import electron from 'electron';\nelectron.ipcMain.handle('x', () => 1);"),
    ipcMain("import { default as electron } from 'electron';\nexport const x = electron['ipcMain'];"),
    ipcMain("import * as electron from 'electron';\nexport const x = electron.default.ipcMain;"),
    ipcMain("import electron from 'electron';\nconst { ipcMain } = electron;\nexport const x = ipcMain;"),
    ipcMain("import electron from 'electron';\nexport const x = electron?.ipcMain;"),
    ipcMain("const electron = require('electron');\nexport const x = electron.ipcMain;"),
    ipcMain("const { ipcMain: bus } = require('electron');\nexport const x = bus;"),
    ipcMain("export const x = require('electron').ipcMain;"),
    ipcMain("const electron = await import('electron');\nexport const x = electron.ipcMain;"),
    ipcMain("export const x = (await import('electron')).ipcMain;"),
    ipcMain("export { ipcMain } from 'electron';"),
    ipcMain("import electron = require('electron');\nexport const x = electron.ipcMain;"),
    ipcMain("import * as electron from 'electron';\nexport const x = electron.ipcMain;", PRELOAD),
    ipcRenderer("import * as electron from 'electron';\nexport const x = electron.ipcRenderer;"),
    ipcRenderer("const { ipcRenderer } = require('electron');\nexport const x = ipcRenderer;", IPC),
    opaque("import * as electron from 'electron';\nexport const x = electron;"),
    opaque("import electron from 'electron';\nconst name = 'ipcMain';\nexport const x = electron[name];"),
    opaque("import electron from 'electron';\nconst { ...all } = electron;\nexport const x = all;"),
    opaque("export const x = require('electron');"),
    opaque("export const x = import('electron').then((e) => e.ipcMain);"),
    opaque("export * from 'electron';"),
    opaque("import * as electron from 'electron';\nexport const x = electron;", IPC),
  ],
});
