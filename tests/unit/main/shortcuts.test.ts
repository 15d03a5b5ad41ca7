import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, type KeyInput } from '../../../electron/main/security/shortcuts.ts';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, alt: false, meta: false, ...mods });

describe('isBlockedShortcut', () => {
  it.each<[string, KeyInput]>([
    ['reload (F5)', key('F5')],
    ['reload (Ctrl+R)', key('r', { control: true })],
    ['hard reload (Ctrl+Shift+R)', key('R', { control: true })],
    ['zoom in (Ctrl+=)', key('=', { control: true })],
    ['zoom out (Ctrl+-)', key('-', { control: true })],
    ['zoom reset (Ctrl+0)', key('0', { control: true })],
    ['close (Alt+F4)', key('F4', { alt: true })],
    ['close (Ctrl+W)', key('w', { control: true })],
    ['quit (Cmd+Q)', key('q', { meta: true })],
    ['print (Ctrl+P)', key('p', { control: true })],
    ['devtools (F12)', key('F12')],
    ['devtools (Ctrl+Shift+I)', key('I', { control: true })],
    ['back (Alt+Left)', key('ArrowLeft', { alt: true })],
    ['paste (Ctrl+V)', key('v', { control: true })],
    ['full screen (F11)', key('F11')],
    ['the browser back key', key('BrowserBack')],
    ['the context-menu key', key('ContextMenu')],
    ['the zoom key', key('ZoomIn')],
  ])('swallows %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each(['a', 'A', '1', 'X', '·', ' ', 'Backspace', 'Delete', 'Enter', 'Tab', 'ArrowLeft', 'Escape', 'Shift'])('lets %s through', (k) => {
    expect(isBlockedShortcut(key(k))).toBe(false);
  });
});
