/** The renderer is served from app://kiosk/ (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** scheme://host of a URL, also for custom schemes (whose WHATWG origin is "null"); null if unparsable. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}
