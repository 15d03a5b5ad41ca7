import type { KioskConfig } from '../config/schema.ts';
import type { ApiClient } from '../services/api-client.ts';
import type { CitizenSession } from '../services/session/citizen-session.ts';
import type { IdleTimer } from '../services/session/idle-timer.ts';
import type { Wipe } from '../services/session/wipe.ts';
import type { ConnectivityMonitor } from '../services/connectivity.ts';
import type { IpcHandlers } from './dispatch.ts';

interface HandlerDeps {
  config: KioskConfig;
  version: string;
  api: ApiClient;
  connectivity: ConnectivityMonitor;
  session: CitizenSession;
  wipe: Wipe;
  idle: IdleTimer;
}

const DONE = { done: true } as const;

/** The captcha SVG as a data: URL, which the page's CSP allows for images (and an <img> never runs scripts). */
const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;

/** The IPC handlers: thin calls into the services. */
export function createHandlers({ config, version, api, connectivity, session, wipe, idle }: HandlerDeps): IpcHandlers {
  return {
    'app:info': () => ({
      version,
      terminalId: config.terminalId,
      hallName: config.hallName,
      defaultLocale: config.defaultLocale,
      idleTimeoutSeconds: config.idleTimeoutSeconds,
      idleCountdownSeconds: config.idleCountdownSeconds,
      demoMode: config.demoMode,
    }),
    'connectivity:get': () => connectivity.state(),
    'catalog:document': ({ id, locale }) => api.catalogDocument(id, locale),
    'session:state': () => ({ epoch: session.epoch, notice: wipe.takeNotice() }),
    'session:end': ({ reason }) => {
      // The wipe replaces the page that asked; there is nobody to wait for.
      void wipe.wipe(reason);
      return DONE;
    },
    'session:activity': () => {
      idle.activity();
      return DONE;
    },
    'auth:captcha': async () => {
      const { captchaId, svg, expiresAt } = await api.captcha();
      return { captchaId, image: svgDataUrl(svg), expiresAt };
    },
    'auth:request-sms': (request) => api.requestSms(request, session.optionalToken()),
    'auth:register-personal': async (request, { epoch }) => session.begin(await api.registerPersonal(request), epoch),
    'auth:register-unit': async (request, { epoch }) => session.begin(await api.registerUnit(request), epoch),
    'auth:login': async (request, { epoch }) => session.begin(await api.login(request), epoch),
    'auth:identity-login': async (request, { epoch }) => session.begin(await api.identityLogin(request), epoch),
    'auth:reset-password': async (request) => {
      await api.resetPassword(request);
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
