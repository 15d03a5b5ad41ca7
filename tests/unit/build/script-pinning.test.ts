import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pinScripts, type Chunk } from '../../../vite-plugins/script-pinning.ts';

const chunk = (fileName: string, code: string, isEntry = false, imports: string[] = []): Chunk => ({ type: 'chunk', fileName, code, isEntry, imports });
const sha384 = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const HTML = '<html><head><title>t</title></head><body><script type="module" crossorigin src="./assets/index.js"></script></body></html>';

function bundle(vendorCode = 'export const vue = 1;'): Map<string, Chunk> {
  const chunks = [
    chunk('assets/index.js', 'import "./vendor.js"; import("./lazy.js");', true, ['assets/vendor.js']),
    chunk('assets/vendor.js', vendorCode),
    chunk('assets/lazy.js', 'export const wizard = 1;'),
  ];
  return new Map(chunks.map((c) => [c.fileName, c]));
}

describe('script pinning', () => {
  it('pins the entry by integrity, every chunk by the import map, and lists every hash and the map in the CSP', () => {
    const chunks = bundle();
    const { html, importMapHash } = pinScripts(HTML, chunks, 100_000);
    const csp = /content="([^"]+)"/.exec(html)![1]!;
    const importMap = /<script type="importmap">([^<]+)<\/script>/.exec(html)![1]!;
    expect(sha384(importMap)).toBe(importMapHash);
    expect(csp).toContain(`'${importMapHash}'`);
    for (const c of chunks.values()) {
      expect(csp).toContain(`'${sha384(c.code)}'`);
      expect((JSON.parse(importMap) as { integrity: Record<string, string> }).integrity[`./${c.fileName}`]).toBe(sha384(c.code));
    }
    expect(html).toContain(`integrity="${sha384('import "./vendor.js"; import("./lazy.js");')}" src="./assets/index.js"`);
    expect(/script-src ([^;]+)/.exec(csp)![1]).not.toContain("'self'");
    expect(csp).not.toMatch(/unsafe|strict-dynamic/);
  });

  it('refuses a build whose first screen (the entry and its static imports, not the lazy chunks) is over budget', () => {
    const big = `export const v = "${Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 65_521).join(',')}";`;
    expect(() => pinScripts(HTML, bundle(big), 20_000)).toThrow(/first screen's JS is \d+ bytes gzipped, over its budget of 20000/);
    const lazyOnly = bundle();
    lazyOnly.set('assets/lazy.js', chunk('assets/lazy.js', big));
    expect(() => pinScripts(HTML, lazyOnly, 20_000)).not.toThrow();
  });

  it('refuses a bundle with no entry or two', () => {
    const none = new Map([...bundle()].map(([name, c]) => [name, { ...c, isEntry: false }]));
    expect(() => pinScripts(HTML, none, 100_000)).toThrow(/one entry script/);
  });
});
