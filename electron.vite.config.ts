import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { rendererCsp } from './shared/csp.ts';
import { LOCALES } from './shared/locales.ts';
import { precompiledMessages } from './vite-plugins/precompiled-messages.ts';

/**
 * Puts the strict CSP into the built index.html, with the one script bundle
 * pinned by its SHA-384 (and an integrity attribute to match), so nothing but
 * that exact bundle can run. The dev server needs inline code, so build only.
 */
function cspMeta(): Plugin {
  return {
    name: 'kiosk-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const scripts = Object.values(ctx.bundle ?? {}).filter((item) => item.type === 'chunk');
        if (scripts.length !== 1) throw new Error(`the renderer must build to one script bundle, got ${scripts.length}`);
        const [bundle] = scripts as unknown as [{ fileName: string; code: string }];
        const hash = `sha384-${createHash('sha384').update(bundle.code).digest('base64')}`;
        const tag = new RegExp(`<script ([^>]*)src="\\./${bundle.fileName}"`);
        if (!tag.test(html)) throw new Error(`no script tag for ${bundle.fileName}`);
        const pinned = html.replace(tag, `<script $1integrity="${hash}" src="./${bundle.fileName}"`);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${rendererCsp([`'${hash}'`])}">`;
        return pinned.replace('<head>', `<head>\n    ${meta}`);
      },
    },
  };
}

/** Main and preload are CommonJS (.cjs): a sandboxed preload cannot be an ES module. */
const cjsOutput = { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' } as const;

export default defineConfig({
  main: {
    build: {
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
    plugins: [vue(), precompiledMessages(LOCALES.map((locale) => resolve('renderer/locales', `${locale}.ts`))), cspMeta()],
    define: { __VUE_I18N_LEGACY_API__: false, __VUE_I18N_FULL_INSTALL__: false, __INTLIFY_PROD_DEVTOOLS__: false },
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
