import { ConfigError } from './load.ts';
import type { KioskConfig } from './schema.ts';

export interface Deployment {
  /** The API the kiosk talks to: the configured central API, or the embedded reference API. */
  backend: 'central' | 'embedded';
  /** The embedded API offers its development endpoints (SMS inbox, captcha answers, clock). */
  devEndpoints: boolean;
}

/**
 * What a terminal may run. A packaged build serves real citizens, so it
 * never falls back to the embedded demo API by accident: without
 * centralApiUrl it stops unless IT has said demoMode.
 */
export function resolveDeployment(config: KioskConfig, { packaged }: { packaged: boolean }): Deployment {
  if (config.centralApiUrl) return { backend: 'central', devEndpoints: false };
  if (packaged && !config.demoMode) {
    throw new ConfigError([
      {
        key: 'centralApiUrl',
        source: 'configuration',
        message: 'required in an installed terminal (set "demoMode": true for a demonstration terminal with the embedded reference API)',
      },
    ]);
  }
  return { backend: 'embedded', devEndpoints: true };
}
