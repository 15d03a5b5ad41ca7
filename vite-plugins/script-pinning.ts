import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { SCRIPT_PINS_FILE, rendererCsp } from '../shared/csp.ts';

export interface Chunk {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
}

const sha384 = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/** The entry and every chunk it imports statically: what the first screen loads. */
function firstScreen(chunks: Map<string, Chunk>, entry: Chunk): Chunk[] {
  const seen = new Set<string>();
  const stack = [entry];
  const loaded: Chunk[] = [];
  while (stack.length > 0) {
    const chunk = stack.pop()!;
    if (seen.has(chunk.fileName)) continue;
    seen.add(chunk.fileName);
    loaded.push(chunk);
    for (const name of chunk.imports) if (chunks.has(name)) stack.push(chunks.get(name)!);
  }
  return loaded;
}

/** Puts the integrity attribute, the import map and the CSP into `html`; checks the budget. */
export function pinScripts(html: string, chunks: Map<string, Chunk>, budget: number): { html: string; importMapHash: string } {
  const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`the renderer must have one entry script, got ${entries.length}`);
  const entry = entries[0]!;
  const firstBytes = firstScreen(chunks, entry).reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
  if (firstBytes > budget) {
    throw new Error(`the first screen's JS is ${firstBytes} bytes gzipped, over its budget of ${budget}: load more of it lazily`);
  }
  const hashes = new Map([...chunks.values()].map((chunk) => [chunk.fileName, sha384(chunk.code)]));
  const importMap = JSON.stringify({ integrity: Object.fromEntries([...hashes].map(([file, hash]) => [`./${file}`, hash])) });
  const importMapHash = sha384(importMap);
  const tag = new RegExp(`<script ([^>]*)src="\\./${entry.fileName}"`);
  if (!tag.test(html)) throw new Error(`no script tag for ${entry.fileName}`);
  const sources = [...hashes.values(), importMapHash].map((hash) => `'${hash}'`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${rendererCsp(sources)}">`;
  return {
    importMapHash,
    html: html
      .replace(tag, `<script $1integrity="${hashes.get(entry.fileName)}" src="./${entry.fileName}"`)
      .replace('<head>', `<head>\n    ${meta}\n    <script type="importmap">${importMap}</script>`),
  };
}

/**
 * Pins every script the renderer can load. The entry gets an integrity
 * attribute; the lazily loaded chunks get theirs from an import map; the CSP
 * meta tag lists the SHA-384 of each of them and of the import map, and
 * nothing else may run. The import map's hash is written for main, whose
 * app:// responses send a second, 'self'-only policy that must allow it too.
 * The build fails when the first screen's JS (the entry and its static
 * imports) grows past `firstScreenBudgetBytes` gzipped.
 */
export function scriptPinning({ firstScreenBudgetBytes }: { firstScreenBudgetBytes: number }): Plugin {
  let importMapHash: string | undefined;
  let outDir = '';
  return {
    name: 'kiosk-script-pinning',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // Last of all (order 'post'): the chunks' code is final only once every other plugin has written it.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = Object.values(bundle).find((item) => item.type === 'asset' && item.fileName === 'index.html');
        if (!html || html.type !== 'asset') throw new Error('no index.html in the renderer bundle');
        const chunks = new Map(
          Object.values(bundle)
            .filter((item) => item.type === 'chunk')
            .map((chunk) => [chunk.fileName, chunk as unknown as Chunk]),
        );
        const pinned = pinScripts(String(html.source), chunks, firstScreenBudgetBytes);
        importMapHash = pinned.importMapHash;
        html.source = pinned.html;
      },
    },
    writeBundle() {
      if (importMapHash) writeFileSync(join(outDir, SCRIPT_PINS_FILE), JSON.stringify({ importMap: importMapHash }));
    },
  };
}
