import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';
import { LOCALES } from './shared/locales.ts';
import { precompiledMessages } from './vite-plugins/precompiled-messages.ts';
import { scriptPinning } from './vite-plugins/script-pinning.ts';

/** The first screen's JS, gzipped, may not grow past what it was before the screens loaded lazily (issue 9). */
const FIRST_SCREEN_BUDGET_BYTES = 115 * 1024;

/** Main and preload are CommonJS (.cjs): a sandboxed preload cannot be an ES module. */
const cjsOutput = { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' } as const;

export default defineConfig({
  main: {
    build: {
      // electron-store (and its conf) is ESM only. Left external, main's CommonJS would require() it and
      // read its default export through an interop that takes the module namespace for the class
      // (`new electron_store.default` is not a constructor); bundled, it is plain CommonJS like main.
      externalizeDeps: { exclude: ['electron-store'] },
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') }, output: cjsOutput },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve('electron/preload/index.ts') }, output: cjsOutput },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [vue(), precompiledMessages(LOCALES.map((locale) => resolve('renderer/locales', `${locale}.ts`))), scriptPinning({ firstScreenBudgetBytes: FIRST_SCREEN_BUDGET_BYTES })],
    define: { __VUE_I18N_LEGACY_API__: false, __VUE_I18N_FULL_INSTALL__: false, __INTLIFY_PROD_DEVTOOLS__: false },
    build: {
      outDir: 'out/renderer',
      minify: true,
      // Vite's preload helper would add <link rel=modulepreload> without integrity, which the CSP refuses; chunks come through the import map.
      modulePreload: false,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
