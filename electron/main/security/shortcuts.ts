/** The parts of Electron's `Input` (before-input-event) the shortcut rule reads. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  alt: boolean;
  meta: boolean;
}

/** Keys that act on the browser or the window, not on a form field. */
const WINDOW_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserStop',
  'ZoomIn',
  'ZoomOut',
  'ZoomToggle',
  'Print',
  'Close',
  'ContextMenu',
  'Alt',
  'AltGraph',
  'Meta',
  'OS',
  'Super',
  'Hyper',
]);

const FUNCTION_KEY = /^F\d{1,2}$/;

/**
 * True for a key press a public terminal swallows: anything with Ctrl, Alt
 * or Meta held (reload, zoom, close, print, devtools, copy and paste of
 * whatever the last person left on the clipboard), every function key, and
 * the browser and window keys. What is left is what typing into a form
 * needs: characters, Shift, Enter, Tab, Backspace, Delete, arrows, Escape.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.control || input.alt || input.meta) return true;
  return FUNCTION_KEY.test(input.key) || WINDOW_KEYS.has(input.key);
}
