import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererHeaderCsp, serveRendererFile } from '../../../electron/main/security/renderer-files.ts';
import { RENDERER_CSP, SCRIPT_PINS_FILE } from '../../../shared/csp.ts';

const base = mkdtempSync(join(tmpdir(), 'qk-renderer-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'do not serve');

describe('app:// renderer files', () => {
  it('serves index.html for the root with the strict CSP', async () => {
    const response = await serveRendererFile(root, 'app://kiosk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await response.text()).toContain('kiosk');
  });

  it('serves assets with their type', async () => {
    const response = await serveRendererFile(root, 'app://kiosk/assets/app.js');
    expect(response.headers.get('content-type')).toContain('text/javascript');
  });

  it.each(['app://kiosk/../secret.txt', 'app://kiosk/%2e%2e/secret.txt', 'app://kiosk/assets/..%2f..%2fsecret.txt', 'app://kiosk/missing.js'])(
    'answers 404 for %s',
    async (url) => {
      const response = await serveRendererFile(root, url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    },
  );

  it('CSP allows nothing remote and no eval', () => {
    expect(RENDERER_CSP).toContain("connect-src 'none'");
    expect(RENDERER_CSP).toContain("script-src 'self'");
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
    expect(RENDERER_CSP).not.toContain('unsafe-inline');
    expect(RENDERER_CSP).not.toMatch(/https?:/);
  });
});

describe('the header policy of a built renderer', () => {
  it("is 'self' plus the one import map its build pinned, and 'self' alone without a build's pins", async () => {
    expect(rendererHeaderCsp(root)).toBe(RENDERER_CSP);
    const built = mkdtempSync(join(tmpdir(), 'qk-built-'));
    writeFileSync(join(built, 'index.html'), '<!doctype html>');
    writeFileSync(join(built, SCRIPT_PINS_FILE), JSON.stringify({ importMap: 'sha384-abc' }));
    const csp = rendererHeaderCsp(built);
    expect(csp).toContain("script-src 'self' 'sha384-abc';");
    const response = await serveRendererFile(built, 'app://kiosk/', csp);
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect((await serveRendererFile(built, 'app://kiosk/missing.js', csp)).headers.get('content-security-policy')).toBe(csp);
  });
});
