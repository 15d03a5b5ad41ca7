import type { KioskConfig } from '../config/schema.ts';
import type { ApiClient } from '../services/api-client.ts';
import type { ConnectivityMonitor } from '../services/connectivity.ts';
import type { IpcHandlers } from './dispatch.ts';

interface HandlerDeps {
  config: KioskConfig;
  version: string;
  api: ApiClient;
  connectivity: ConnectivityMonitor;
}

/** The IPC handlers: thin calls into the services. */
export function createHandlers({ config, version, api, connectivity }: HandlerDeps): IpcHandlers {
  return {
    'app:info': () => ({
      version,
      terminalId: config.terminalId,
      hallName: config.hallName,
      defaultLocale: config.defaultLocale,
      idleTimeoutSeconds: config.idleTimeoutSeconds,
    }),
    'connectivity:get': () => connectivity.state(),
    'catalog:document': ({ id, locale }) => api.catalogDocument(id, locale),
  };
}
