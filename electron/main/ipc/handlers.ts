import type { KioskConfig } from '../config/schema.ts';
import type { ApiClient } from '../services/api-client.ts';
import type { CitizenSession } from '../services/citizen-session.ts';
import type { ConnectivityMonitor } from '../services/connectivity.ts';
import type { IpcHandlers } from './dispatch.ts';

interface HandlerDeps {
  config: KioskConfig;
  version: string;
  api: ApiClient;
  connectivity: ConnectivityMonitor;
  session: CitizenSession;
}

const DONE = { done: true } as const;

/** The captcha SVG as a data: URL, which the page's CSP allows for images (and an <img> never runs scripts). */
const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;

/** The IPC handlers: thin calls into the services. */
export function createHandlers({ config, version, api, connectivity, session }: HandlerDeps): IpcHandlers {
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
    'auth:captcha': async () => {
      const { captchaId, svg, expiresAt } = await api.captcha();
      return { captchaId, image: svgDataUrl(svg), expiresAt };
    },
    'auth:request-sms': (request) => api.requestSms(request, session.optionalToken()),
    'auth:register-personal': async (request) => session.begin(await api.registerPersonal(request)),
    'auth:register-unit': async (request) => session.begin(await api.registerUnit(request)),
    'auth:login': async (request) => session.begin(await api.login(request)),
    'auth:identity-login': async (request) => session.begin(await api.identityLogin(request)),
    'auth:reset-password': async (request) => {
      await api.resetPassword(request);
      return DONE;
    },
    'auth:logout': async () => {
      await session.end();
      return DONE;
    },
    'account:get': () => session.authorised((token) => api.myAccount(token)),
    'account:change-name': (request) => session.authorised((token) => api.changeName(token, request)),
    'account:change-password': async (request) => {
      await session.authorised((token) => api.changePassword(token, request));
      return DONE;
    },
    'account:change-phone': (request) => session.authorised((token) => api.changePhone(token, request)),
  };
}
