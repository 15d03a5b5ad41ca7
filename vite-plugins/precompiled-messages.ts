// The renderer ships vue-i18n without its message compiler. Each message file
// is evaluated at build time and replaced by its tree, with every message that
// needs formatting (interpolation, plurals, linked or literal syntax) compiled
// to vue-i18n's message AST; plain text stays a string, which vue-i18n without
// a compiler returns as it is. The page parses and evals nothing.
import { pathToFileURL } from 'node:url';
import { baseCompile } from '@intlify/message-compiler';
import type { Plugin } from 'vite';

export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** The AST of `message`, or the string itself when it is plain text; a message that does not compile throws, naming `key`. */
function precompileMessage(message: string, key: string): unknown {
  const errors: string[] = [];
  const onError = (error: { message: string }) => void errors.push(error.message);
  const { ast } = baseCompile(message, { jit: true, location: false, onError });
  if (errors.length) throw new Error(`message ${key} does not compile: ${errors.join('; ')}`);
  if (ast.body.type === 2 && 'static' in ast.body && ast.body.static === message) return message;
  return baseCompile(message, { jit: true, location: false, minify: true }).ast;
}

export function precompileMessages(tree: MessageTree, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? precompileMessage(value, `${prefix}${key}`) : precompileMessages(value, `${prefix}${key}.`),
    ]),
  );
}

/** Vite plugin, build only: `files` (message modules with a default export) precompiled, and vue-i18n's compiler dropped. */
export function precompiledMessages(files: readonly string[]): Plugin {
  return {
    name: 'kiosk-precompiled-messages',
    apply: 'build',
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: true } }),
    async load(id) {
      if (!files.includes(id)) return null;
      const { default: messages } = (await import(pathToFileURL(id).href)) as { default: MessageTree };
      return `export default ${JSON.stringify(precompileMessages(messages))};\n`;
    },
  };
}
