// Composition root: reads the configuration, locks Electron down, starts the
// services and wires them to the one window through the checked IPC bridge.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { ConfigError, loadConfig } from './config/load.ts';
import { createHandlers } from './ipc/handlers.ts';
import { createEventEmitter } from './ipc/events.ts';
import { installIpc } from './ipc/install.ts';
import { registerAppScheme, serveRenderer } from './security/app-protocol.ts';
import { lockDownSession, lockDownWebContents } from './security/guards.ts';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME, originOf } from './security/origins.ts';
import { isTrustedSender } from './security/sender.ts';
import { ApiClient } from './services/api-client.ts';
import { CitizenSession } from './services/citizen-session.ts';
import { createConnectivityMonitor } from './services/connectivity.ts';
import { startEmbeddedServer, type EmbeddedServer } from './services/embedded-server.ts';
import { createLogger } from './services/logger.ts';
import { createMainWindow } from './window/main-window.ts';

/** Exit status for a configuration that cannot be used (sysexits EX_CONFIG). */
const EXIT_CONFIG = 78;

registerAppScheme();
app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  let config;
  try {
    ({ config } = loadConfig({ argv: process.argv, env: process.env, platform: process.platform }));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    dialog.showErrorBox('quota-kiosk: configuration error', error.message);
    app.exit(EXIT_CONFIG);
    return;
  }

  await app.whenReady();
  const log = createLogger(app.getPath('logs'), config.logLevel);
  const version = app.getVersion();
  Menu.setApplicationMenu(null);
  lockDownSession(session.defaultSession);

  let embedded: EmbeddedServer | undefined;
  if (!config.centralApiUrl) embedded = await startEmbeddedServer(app.getPath('userData'), version, log);
  const baseUrl = config.centralApiUrl ?? embedded!.url;
  log.info(`terminal ${config.terminalId} using central API ${baseUrl}`);

  const api = new ApiClient({ baseUrl, timeoutMs: config.apiTimeoutMs, terminalId: config.terminalId, version });
  const windows = () => BrowserWindow.getAllWindows();
  const emit = createEventEmitter(() => windows().map((w) => w.webContents));
  const connectivity = createConnectivityMonitor({
    probe: (signal) => api.health(signal),
    intervalMs: config.connectivityProbeSeconds * 1000,
    onChange: (state) => {
      log.info(`central API ${state.online ? 'reachable' : 'unreachable'}`);
      emit('connectivity:changed', state);
    },
  });

  const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const origins = [`${APP_SCHEME}://${APP_HOST}`, ...(devUrl ? [originOf(devUrl)!] : [])];
  const citizen = new CitizenSession({
    revoke: (token) => api.logout(token),
    onEnded: (reason) => emit('session:ended', { reason }),
  });
  installIpc(createHandlers({ config, version, api, connectivity, session: citizen }), {
    isTrusted: (event) => isTrustedSender(event, { origins, webContentsIds: () => windows().map((w) => w.webContents.id) }),
    log,
  });

  serveRenderer(join(__dirname, '../renderer'));
  const win = createMainWindow({ preloadPath: join(__dirname, '../preload/index.cjs'), kioskMode: config.kioskMode });
  connectivity.start();
  // A (re)loaded page starts with nobody logged in: no session outlives the screen that showed it.
  win.webContents.on('did-start-loading', () => void citizen.end());
  await win.loadURL(devUrl ?? APP_ENTRY_URL);

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());

  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    connectivity.stop();
    void citizen
      .end()
      .then(() => embedded?.close())
      .catch((error: unknown) => log.error('embedded API did not close cleanly', error))
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });
}
