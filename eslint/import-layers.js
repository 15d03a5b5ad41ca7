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

/** Wrappers that leave the value as it is: `x!`, `x as T`, `x?.y` chains. */
const TRANSPARENT = new Set(['TSNonNullExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'ChainExpression']);

/** The property name of `obj.name`, `obj['name']` or `{ name }`; null when computed at run time. */
function staticKey(key, computed) {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal') return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0].value.cooked;
  return null;
}

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
      opaque: "Take only named members of electron here (import { app }, electron.app), so this rule can see it never reaches {{names}}.",
    },
  },
  create(context) {
    const file = context.filename;
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const from = layerOf(rel);
    if (!from) return {};
    const rules = RULES[from];
    const fileDir = path.dirname(file);

    /** Electron's IPC objects this file may not reach. */
    const forbiddenIpc = [
      !/^electron\/main\/ipc/.test(rel) && 'ipcMain',
      from !== 'preload' && 'ipcRenderer',
    ].filter(Boolean);

    /** `reads()` lists what the file takes from electron: { name, node }, name '*' where the whole module escapes. */
    function check(node, source, reads) {
      if (typeof source !== 'string') return;
      const target = classify(source, fileDir);
      if (target.kind === 'electron') {
        if (!rules.electron) return context.report({ node, messageId: 'electron', data: { from } });
        for (const read of reads()) {
          if (read.name === '*' && forbiddenIpc.length) {
            context.report({ node: read.node, messageId: 'opaque', data: { names: forbiddenIpc.join(', ') } });
          } else if (forbiddenIpc.includes(read.name)) {
            context.report({ node: read.node, messageId: read.name });
          }
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

    /** What is read off `expr`, an expression holding the whole module: `expr.name`, `const { name } = expr`, `const x = expr`. */
    function readsOf(expr) {
      let node = expr;
      while (TRANSPARENT.has(node.parent.type)) node = node.parent;
      const { parent } = node;
      if (parent.type === 'MemberExpression' && parent.object === node) {
        const name = staticKey(parent.property, parent.computed);
        return name === 'default' ? readsOf(parent) : [{ name: name ?? '*', node: parent }];
      }
      if (parent.type === 'VariableDeclarator' && parent.init === node) {
        const exported = parent.parent.parent.type === 'ExportNamedDeclaration';
        if (parent.id.type === 'Identifier' && !exported) return readsOfBindings(parent);
        if (parent.id.type === 'ObjectPattern') return parent.id.properties.map(readOfProperty);
      }
      return [{ name: '*', node }];
    }

    /** Reads of the variables `declaration` binds to the whole module (type-only uses are erased, so skipped). */
    function readsOfBindings(declaration) {
      return context.sourceCode
        .getDeclaredVariables(declaration)
        .flatMap((variable) => variable.references)
        .filter((ref) => ref.isRead() && ref.isValueReference !== false)
        .flatMap((ref) => readsOf(ref.identifier));
    }

    function readOfProperty(property) {
      const name = property.type === 'Property' ? staticKey(property.key, property.computed) : null;
      return { name: name === null || name === 'default' ? '*' : name, node: property };
    }

    function readsOfImport(node) {
      if (node.importKind === 'type') return [];
      return node.specifiers
        .filter((s) => s.importKind !== 'type')
        .flatMap((s) => {
          const name = s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : 'default';
          return name === 'default' ? readsOfBindings(s) : [{ name, node: s }];
        });
    }

    function readsOfReexport(node) {
      if (node.exportKind === 'type') return [];
      return node.specifiers.map((s) => {
        const name = s.local.name ?? s.local.value;
        return { name: name === 'default' ? '*' : name, node: s };
      });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value, () => readsOfImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, () => readsOfReexport(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, () => [{ name: '*', node }]),
      ImportExpression: (node) =>
        node.source.type === 'Literal' &&
        check(node, node.source.value, () => (node.parent.type === 'AwaitExpression' ? readsOf(node.parent) : [{ name: '*', node }])),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(node, node.moduleReference.expression.value, () => readsOfBindings(node)),
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') {
          check(node, arg.value, () => readsOf(node));
        }
      },
    };
  },
};
