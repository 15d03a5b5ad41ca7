import { BrowserWindow, screen } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  kioskMode: boolean;
  /** Devtools can be opened (development only). */
  devTools: boolean;
}

/** The one kiosk window: sandboxed, context-isolated, no Node, full screen in kiosk mode. */
export function createMainWindow({ preloadPath, kioskMode, devTools }: MainWindowOptions): BrowserWindow {
  const { width, height } = screen.getPrimaryDisplay().workAreaSize;
  const win = new BrowserWindow({
    width: kioskMode ? width : Math.min(width, 1920),
    height: kioskMode ? height : Math.min(height, 1080),
    kiosk: kioskMode,
    fullscreen: kioskMode,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#0b3d91',
    title: 'quota-kiosk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
  win.once('ready-to-show', () => win.show());
  return win;
}
