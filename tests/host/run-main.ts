// Runs the built main process (out/main/index.cjs) in Node with `electron`
// resolved to the test host. Arguments are passed through (e.g. --config).
import { createRequire, registerHooks } from 'node:module';
import { resolve } from 'node:path';

const hostModule = new URL('./electron/index.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: hostModule, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

const main = resolve(import.meta.dirname, '../../out/main/index.cjs');
createRequire(import.meta.url)(main);
