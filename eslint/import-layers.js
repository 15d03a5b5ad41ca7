// ESLint rule: the import layering of ARCHITECTURE.md. Each top folder is a
// layer; an import that crosses into a layer it may not use is reported.
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILTINS = new Set(builtinModules);

/** Layer of a repository-relative path, or null for files outside any layer. */
function layerOf(relPath) {
  const p = relPath.split(path.sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p.startsWith('renderer/')) return 'renderer';
  if (p.startsWith('electron/preload/')) return 'preload';
  if (p.startsWith('electron/main/')) return 'main';
  if (p.startsWith('server/')) return 'server';
  return null;
}

/** Which layers (and which kinds of package) each layer may import. */
const RULES = {
  shared: { layers: ['shared'], electron: false, node: false },
  renderer: { layers: ['renderer', 'shared'], electron: false, node: false },
  preload: { layers: ['preload', 'shared'], electron: true, node: false },
  main: { layers: ['main', 'shared'], electron: true, node: true },
  server: { layers: ['server', 'shared'], electron: false, node: true },
};

/** The one place main may reach into server/: starting the embedded reference API. */
const MAIN_MAY_IMPORT_SERVER = /^electron\/main\/services\/embedded-server\.ts$/;

function classify(source, fileDir) {
  if (source === 'electron' || source.startsWith('electron/')) return { kind: 'electron' };
  if (source.startsWith('node:') || BUILTINS.has(source.split('/')[0])) return { kind: 'node' };
  if (source.startsWith('.')) {
    const target = path.relative(ROOT, path.resolve(fileDir, source));
    return { kind: 'layer', layer: layerOf(target) ?? 'outside' };
  }
  return { kind: 'package' };
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'enforce the import layering of ARCHITECTURE.md' },
    schema: [],
    messages: {
      layer: "'{{from}}' may not import from '{{to}}' ({{source}}).",
      electron: "'{{from}}' may not import electron.",
      node: "'{{from}}' may not import Node built-in '{{source}}'.",
      ipcMain: 'Only electron/main/ipc* may touch ipcMain.',
      ipcRenderer: 'Only electron/preload may touch ipcRenderer.',
    },
  },
  create(context) {
    const file = context.filename;
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const from = layerOf(rel);
    if (!from) return {};
    const rules = RULES[from];
    const fileDir = path.dirname(file);

    function check(node, source, importedNames) {
      if (typeof source !== 'string') return;
      const target = classify(source, fileDir);
      if (target.kind === 'electron') {
        if (!rules.electron) return context.report({ node, messageId: 'electron', data: { from } });
        if (importedNames.includes('ipcMain') && !/^electron\/main\/ipc/.test(rel)) {
          context.report({ node, messageId: 'ipcMain' });
        }
        if (importedNames.includes('ipcRenderer') && from !== 'preload') {
          context.report({ node, messageId: 'ipcRenderer' });
        }
        return;
      }
      if (target.kind === 'node' && !rules.node) {
        return context.report({ node, messageId: 'node', data: { from, source } });
      }
      if (target.kind === 'layer' && !rules.layers.includes(target.layer)) {
        if (from === 'main' && target.layer === 'server' && MAIN_MAY_IMPORT_SERVER.test(rel)) return;
        context.report({ node, messageId: 'layer', data: { from, to: target.layer, source } });
      }
    }

    const namesOf = (specifiers = []) =>
      specifiers.map((s) => (s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : '*'));

    return {
      ImportDeclaration: (node) => check(node, node.source.value, namesOf(node.specifiers)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, ['*']),
      ExportAllDeclaration: (node) => check(node, node.source.value, ['*']),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, ['*']),
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') {
          check(node, arg.value, ['*']);
        }
      },
    };
  },
};
