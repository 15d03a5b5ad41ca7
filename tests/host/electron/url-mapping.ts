/**
 * Chromium cannot be taught a new scheme from outside, so a custom scheme
 * registered with protocol.handle is served under http://<host>.<scheme>.localhost
 * (a secure context that never leaves the machine: requests are fulfilled by
 * route interception). Main only ever sees the app:// form.
 */
const SUFFIX = '.localhost';

export function toPageUrl(url: string, customSchemes: ReadonlySet<string>): string {
  const u = new URL(url);
  const scheme = u.protocol.slice(0, -1);
  if (!customSchemes.has(scheme)) return url;
  return `http://${u.host}.${scheme}${SUFFIX}${u.pathname}${u.search}${u.hash}`;
}

export function toElectronUrl(url: string, customSchemes: ReadonlySet<string>): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (u.protocol !== 'http:' || !u.hostname.endsWith(SUFFIX)) return url;
  const labels = u.hostname.slice(0, -SUFFIX.length).split('.');
  const scheme = labels.pop();
  if (!scheme || !customSchemes.has(scheme) || labels.length === 0) return url;
  return `${scheme}://${labels.join('.')}${u.pathname}${u.search}${u.hash}`;
}
