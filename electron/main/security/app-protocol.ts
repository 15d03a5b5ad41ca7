import { protocol } from 'electron';
import { APP_SCHEME } from './origins.ts';
import { rendererHeaderCsp, serveRendererFile } from './renderer-files.ts';

/** Must run before the app is ready: app:// is a standard, secure scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
  ]);
}

/** Serves the built renderer at app://kiosk/. */
export function serveRenderer(rendererDir: string): void {
  const csp = rendererHeaderCsp(rendererDir);
  protocol.handle(APP_SCHEME, (request) => serveRendererFile(rendererDir, request.url, csp));
}
