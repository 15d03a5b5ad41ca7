import { describe, expect, it } from 'vitest';
import { toElectronUrl, toPageUrl } from '../../host/electron/url-mapping.ts';

const schemes = new Set(['app']);

describe('test host URL mapping', () => {
  it('maps a custom scheme to a loopback-only origin and back', () => {
    const page = toPageUrl('app://kiosk/index.html?x=1#h', schemes);
    expect(page).toBe('http://kiosk.app.localhost/index.html?x=1#h');
    expect(toElectronUrl(page, schemes)).toBe('app://kiosk/index.html?x=1#h');
  });

  it('leaves other URLs alone', () => {
    expect(toPageUrl('http://127.0.0.1:5173/', schemes)).toBe('http://127.0.0.1:5173/');
    expect(toElectronUrl('https://example.org/', schemes)).toBe('https://example.org/');
    expect(toElectronUrl('http://kiosk.other.localhost/', schemes)).toBe('http://kiosk.other.localhost/');
    expect(toElectronUrl('about:blank', schemes)).toBe('about:blank');
  });
});
