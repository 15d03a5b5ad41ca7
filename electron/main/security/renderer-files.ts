import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { RENDERER_CSP, SCRIPT_PINS_FILE, headerCsp } from '../../../shared/csp.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** The header policy for a built renderer: 'self' and the import map its build pinned. */
export function rendererHeaderCsp(rootDir: string): string {
  const pins = join(rootDir, SCRIPT_PINS_FILE);
  if (!existsSync(pins)) return RENDERER_CSP;
  return headerCsp((JSON.parse(readFileSync(pins, 'utf8')) as { importMap: string }).importMap);
}

/**
 * Answers a request for the renderer bundle: files under `rootDir` only (no
 * path escapes it), with the CSP header; anything else is a 404.
 */
export async function serveRendererFile(rootDir: string, url: string, csp = RENDERER_CSP): Promise<Response> {
  const root = resolve(rootDir);
  const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': csp };
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return notFound(headers);
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const file = resolve(root, `.${pathname}`);
  if (!file.startsWith(root + sep)) return notFound(headers);
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', ...headers },
    });
  } catch {
    return notFound(headers);
  }
}

function notFound(headers: Record<string, string>): Response {
  return new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain', ...headers } });
}
