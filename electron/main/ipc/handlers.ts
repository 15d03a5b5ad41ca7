import type { KioskConfig } from '../config/schema.ts';
import type { ApiClient } from '../services/api-client.ts';
import type { SubmissionKeys } from '../services/applications/submission-keys.ts';
import type { CatalogCache } from '../services/catalog/catalog-cache.ts';
import type { Outbox } from '../services/outbox/outbox.ts';
import type { SendOrQueue } from '../services/outbox/send-or-queue.ts';
import { qrSvg } from '../services/receipts/qr-code.ts';
import type { ReceiptPrinter } from '../services/receipts/receipt-printer.ts';
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
  catalog: CatalogCache;
  submissionKeys: SubmissionKeys;
  receipts: ReceiptPrinter;
  /** Submit, cancel and enrol: at once, or into the outbox when the central API is out of reach. */
  sendOrQueue: SendOrQueue;
  outbox: Pick<Outbox, 'status'>;
}

const DONE = { done: true } as const;

/** An SVG (a captcha, a receipt's QR code) as a data: URL, which the page's CSP allows for images (and an <img> never runs scripts). */
const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;

/** The IPC handlers: thin calls into the services. */
export function createHandlers(deps: HandlerDeps): IpcHandlers {
  const { config, version, api, connectivity, session, wipe, idle, catalog, submissionKeys, receipts, sendOrQueue, outbox } = deps;
  const authorised = session.authorised.bind(session);
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
    'catalog:get': () => catalog.get(),
    'applications:prefill': () => authorised((token) => api.applicationPrefill(token)),
    'applications:submit': ({ draftId, application }, { epoch }) => {
      const key = submissionKeys.keyFor(draftId, epoch);
      return sendOrQueue({ kind: 'application.submit', key, body: application, epoch, send: (token) => api.submitApplication(token, key, application) });
    },
    'applications:list': async () => ({ applications: await authorised((token) => api.applications(token)) }),
    'applications:get': ({ code }) => authorised((token) => api.application(token, code)),
    'applications:cancel': ({ code }, { epoch }) => {
      const key = submissionKeys.keyFor(`cancel:${code}`, epoch);
      return sendOrQueue({ kind: 'application.cancel', key, body: { code }, epoch, send: (token) => api.cancelApplication(token, code, key) });
    },
    'applications:receipt': ({ code }) => authorised(async () => ({ code, qrImage: svgDataUrl(await qrSvg(code)) })),
    'applications:print-receipt': ({ code }, { epoch }) =>
      authorised(async () => ({ destination: await receipts.print(code, () => session.isCurrent(epoch)) })),
    'indicators:list': async () => ({ indicators: await authorised((token) => api.indicators(token)) }),
    'ladder:get': () => authorised((token) => api.ladder(token)),
    'ladder:enrol': (_request, { epoch }) => {
      const key = submissionKeys.keyFor('ladder', epoch);
      return sendOrQueue({ kind: 'ladder.enrol', key, body: {}, epoch, send: (token) => api.enrolInLadder(token, key) });
    },
    // Anyone may see the periods; a logged-in citizen also sees their own part in each.
    'periods:list': async () => ({ periods: await (session.active ? authorised((token) => api.periods(token)) : api.periods()) }),
    'periods:draws': ({ id }) => api.periodDraws(id),
    'outbox:status': () => outbox.status(),
  };
}
