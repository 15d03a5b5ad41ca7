// Composition root: reads the configuration, locks Electron down, starts the
// services and wires them to the one window through the checked IPC bridge.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerSaveBlocker, safeStorage, session } from 'electron';
import { resolveDeployment } from './config/deployment.ts';
import { ConfigError, loadConfig } from './config/load.ts';
import type { KioskConfig } from './config/schema.ts';
import { createHandlers } from './ipc/handlers.ts';
import { createEventEmitter } from './ipc/events.ts';
import { installIpc } from './ipc/install.ts';
import { registerAppScheme, serveRenderer } from './security/app-protocol.ts';
import { lockDownSession, lockDownWebContents } from './security/guards.ts';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME, originOf } from './security/origins.ts';
import { createPrivateFilesOnly, restrictToOwner } from './security/private-files.ts';
import { isTrustedSender } from './security/sender.ts';
import { ApiClient } from './services/api-client.ts';
import { createSubmissionKeys } from './services/applications/submission-keys.ts';
import { createCatalogCache } from './services/catalog/catalog-cache.ts';
import { createReceiptPrinter } from './services/receipts/receipt-printer.ts';
import { createConnectivityMonitor } from './services/connectivity.ts';
import { safeStorageCipher } from './services/outbox/cipher.ts';
import { createDelivery } from './services/outbox/delivery.ts';
import { createHttpSender } from './services/outbox/http-sender.ts';
import { createOutbox } from './services/outbox/outbox.ts';
import type { OutboxProblem } from './services/outbox/status.ts';
import { createSendOrQueue } from './services/outbox/send-or-queue.ts';
import { createSettledNotices } from './services/outbox/settled-notices.ts';
import { startEmbeddedServer, type EmbeddedServer } from './services/embedded-server.ts';
import { createLogger } from './services/logger.ts';
import { openTerminalState } from './services/terminal-state.ts';
import { CitizenSession } from './services/session/citizen-session.ts';
import { createIdleTimer } from './services/session/idle-timer.ts';
import { createWipe } from './services/session/wipe.ts';
import { createKioskWindow } from './window/kiosk-window.ts';

/** What the log says of an outbox problem (for IT: what it means for queueing). */
function outboxProblemText(problem: OutboxProblem): string {
  switch (problem.code) {
    case 'outbox.unencrypted':
      return 'outbox.unencrypted: safeStorage has no real key here (no keyring, or basic_text); requests cannot be queued while the central API is unreachable';
    case 'outbox.unavailable':
      return `outbox.unavailable: the outbox folder could not be opened (${problem.errno ?? 'error'}); requests cannot be queued while the central API is unreachable`;
    case 'outbox.corrupt_record':
      return `outbox.corrupt_record: the outbox file had unreadable lines, copied to ${problem.file ?? 'nowhere (no space)'}; the rest is kept`;
  }
}

/** Exit status for a configuration that cannot be used (sysexits EX_CONFIG). */
const EXIT_CONFIG = 78;

createPrivateFilesOnly();
registerAppScheme();
app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

/** The configuration and what it allows, or null after telling IT what is wrong (and exiting). */
function readConfiguration(): { config: KioskConfig; devEndpoints: boolean; embedded: boolean } | null {
  try {
    const { config } = loadConfig({ argv: process.argv, env: process.env, platform: process.platform });
    const deployment = resolveDeployment(config, { packaged: app.isPackaged });
    return { config, devEndpoints: deployment.devEndpoints, embedded: deployment.backend === 'embedded' };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    dialog.showErrorBox('quota-kiosk: configuration error', error.message);
    app.exit(EXIT_CONFIG);
    return null;
  }
}

async function start(): Promise<void> {
  const configuration = readConfiguration();
  if (!configuration) return;
  const { config } = configuration;

  await app.whenReady();
  restrictToOwner(app.getPath('userData'));
  const log = createLogger(app.getPath('logs'), config.logLevel);
  const version = app.getVersion();
  const lockdown = app.isPackaged;
  Menu.setApplicationMenu(null);
  lockDownSession(session.defaultSession);

  // Quitting ends the session and closes the embedded API, whatever happens to the window.
  let quitting = false;
  let embedded: EmbeddedServer | undefined;
  const stopServices: (() => void)[] = [];
  let endForQuit: () => Promise<void> = async () => undefined;
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    stopServices.forEach((stop) => stop());
    void endForQuit()
      .then(() => embedded?.close())
      .catch((error: unknown) => log.error('the session or the embedded API did not close cleanly', error))
      .finally(() => app.quit());
  });

  if (configuration.embedded) {
    embedded = await startEmbeddedServer(app.getPath('userData'), version, log, { devEndpoints: configuration.devEndpoints });
  }
  const baseUrl = config.centralApiUrl ?? embedded!.url;
  log.info(`terminal ${config.terminalId} using central API ${baseUrl}${config.demoMode ? ' (demo mode)' : ''}`);

  const api = new ApiClient({ baseUrl, timeoutMs: config.apiTimeoutMs, terminalId: config.terminalId, version });
  const windows = () => BrowserWindow.getAllWindows();
  const emit = createEventEmitter(() => windows().map((w) => w.webContents));
  const citizen = new CitizenSession({
    revoke: (token) => api.logout(token),
    onExpired: () => void wipe.wipe('expired'),
  });

  // The outbox: submissions saved encrypted on disk while the central API is out of reach, delivered once it is back.
  const outbox = await createOutbox({
    dir: join(app.getPath('userData'), 'outbox'),
    cipher: safeStorageCipher(safeStorage),
    onProblem: (problem) => log.error(outboxProblemText(problem)),
    onAlert: (alerts) => alerts.forEach((alert) => log.warn(`${alert.code}: undelivered requests need staff attention`)),
  });
  const settled = createSettledNotices({ isCurrent: (epoch) => citizen.isCurrent(epoch), emit: (notice) => emit('outbox:settled', notice) });
  const delivery = createDelivery({
    outbox,
    send: createHttpSender({ baseUrl, terminalId: config.terminalId, version, timeoutMs: config.apiTimeoutMs }),
    timeoutMs: config.apiTimeoutMs,
    onDelivered: (id, receipt) => {
      log.info(`outbox entry ${id} delivered`);
      settled.delivered(id, receipt);
    },
    onRejected: (id, code) => {
      log.warn(`outbox entry ${id} refused by the central API: ${code}`);
      settled.rejected(id, code);
    },
    onError: (error) => log.error('an outbox outcome could not be saved', error),
  });

  const connectivity = createConnectivityMonitor({
    probe: (signal) => api.health(signal),
    intervalMs: config.connectivityProbeSeconds * 1000,
    onChange: (state) => {
      log.info(`central API ${state.online ? 'reachable' : 'unreachable'}`);
      emit('connectivity:changed', state);
      if (state.online) void delivery.notifyOnline();
    },
  });
  stopServices.push(() => connectivity.stop());

  let displayAwake: number | undefined;
  const idle = createIdleTimer({
    idleMs: config.idleTimeoutSeconds * 1000,
    countdownMs: config.idleCountdownSeconds * 1000,
    onWarn: (secondsLeft) => emit('idle:warning', { secondsLeft }),
    onResume: () => emit('idle:resumed', {}),
    onExpire: () => void wipe.wipe('idle'),
    // The display stays awake while someone is using the terminal.
    onArmedChange: (armed) => {
      if (armed && displayAwake === undefined) displayAwake = powerSaveBlocker.start('prevent-display-sleep');
      if (!armed && displayAwake !== undefined) {
        powerSaveBlocker.stop(displayAwake);
        displayAwake = undefined;
      }
    },
  });
  stopServices.push(() => idle.stop());

  const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const origins = [`${APP_SCHEME}://${APP_HOST}`, ...(devUrl ? [originOf(devUrl)!] : [])];
  const kioskWindow = createKioskWindow({
    preloadPath: join(__dirname, '../preload/index.cjs'),
    entryUrl: devUrl ?? APP_ENTRY_URL,
    kioskMode: config.kioskMode,
    lockdown,
    quitting: () => quitting,
    onLost: (reason) => void wipe.wipe(reason),
    log,
  });
  const wipe = createWipe({
    citizen,
    revoke: (token) => api.logout(token),
    stopIdle: () => idle.stop(),
    announce: (ended) => emit('session:ended', ended),
    clearRendererData: async () => {
      await session.defaultSession.clearStorageData();
      await session.defaultSession.clearCache();
    },
    showAttract: (reason) => kioskWindow.showAttract(reason),
    log,
  });
  endForQuit = async () => {
    const token = citizen.advance();
    if (token !== undefined) await api.logout(token).catch(() => undefined);
    await wipe.settled();
    await delivery.stop();
    await outbox.close();
  };

  // The catalog outlives a restart in <userData>/terminal-state.json, so the wizard has one while the API is down.
  const catalog = createCatalogCache({
    fetch: (held) => api.catalog(held),
    log,
    persistence: openTerminalState({ log }).catalog,
    online: () => connectivity.state().online,
  });
  const receipts = createReceiptPrinter({
    printerName: config.printerName,
    folder: join(app.getPath('userData'), 'receipts'),
    contents: () => kioskWindow.current()?.webContents ?? null,
    log,
  });
  const sendOrQueue = createSendOrQueue({
    session: citizen,
    outbox,
    online: () => connectivity.state().online,
    onQueued: (enqueued, epoch) => {
      log.info(`outbox entry ${enqueued.id} queued (${enqueued.kind})`);
      settled.watch(enqueued.id, epoch);
    },
  });
  const handlers = createHandlers({
    config,
    version,
    api,
    connectivity,
    session: citizen,
    wipe,
    idle,
    catalog,
    submissionKeys: createSubmissionKeys(),
    receipts,
    sendOrQueue,
    outbox,
  });
  installIpc(handlers, {
    isTrusted: (event) => isTrustedSender(event, { origins, webContentsIds: () => windows().map((w) => w.webContents.id) }),
    gate: { epoch: () => citizen.epoch, accepting: () => wipe.accepting() },
    log,
  });

  serveRenderer(join(__dirname, '../renderer'));
  connectivity.start();
  delivery.start();
  await kioskWindow.start();

  app.on('second-instance', () => {
    const win = kioskWindow.current();
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
}
