/**
 * The renderer's Content-Security-Policy: it runs only its own bundle and
 * talks to nothing but window.kiosk (connect-src 'none'). The built
 * index.html pins the bundle by hash; the app:// responses add this same
 * policy with 'self' as a second, enforced layer.
 */
export function rendererCsp(scriptSources: readonly string[] = ["'self'"]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const RENDERER_CSP = rendererCsp();

/** Written by the build next to index.html: the import map's hash, which the 'self' header policy must allow too. */
export const SCRIPT_PINS_FILE = 'script-pins.json';

/** The header policy: 'self', and the inline import map the build pinned (when there is one). */
export function headerCsp(importMapHash?: string): string {
  return rendererCsp(importMapHash ? ["'self'", `'${importMapHash}'`] : ["'self'"]);
}
