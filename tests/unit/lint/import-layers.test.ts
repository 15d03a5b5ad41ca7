import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/import-layers').map((m) => m.message);
}

describe('import layering lint rule', () => {
  it.each([
    ['renderer/views/Bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/views/Bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['renderer/views/Bad.ts', "import { startServer } from '../../server/app.ts';\nexport const x = startServer;\n"],
    ['renderer/views/Bad.ts', "export const x = require('electron');\n"],
    ['shared/bad.ts', "import { join } from 'path';\nexport const x = join;\n"],
    ['shared/bad.ts', "import { x } from '../renderer/kiosk.ts';\nexport const y = x;\n"],
    ['server/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['server/bad.ts', "import { x } from '../electron/main/errors.ts';\nexport const y = x;\n"],
    ['electron/main/services/bad.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['electron/main/services/bad.ts', "import { x } from '../../../server/app.ts';\nexport const y = x;\n"],
    ['electron/main/bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['electron/preload/bad.ts', "import { x } from '../main/errors.ts';\nexport const y = x;\n"],
    ['electron/preload/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
  ])('reports %s importing across layers', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['renderer/views/Good.ts', "import { LOCALES } from '../../shared/locales.ts';\nimport { ref } from 'vue';\nexport const x = [LOCALES, ref];\n"],
    ['electron/main/ipc/good.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['electron/main/services/embedded-server.ts', "export const load = () => import('../../../server/app.ts');\n"],
    ['electron/preload/good.ts', "import { contextBridge, ipcRenderer } from 'electron';\nexport const x = [contextBridge, ipcRenderer];\n"],
    ['server/good.ts', "import { join } from 'node:path';\nimport { LOCALES } from '../shared/locales.ts';\nexport const x = [join, LOCALES];\n"],
  ])('allows %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
