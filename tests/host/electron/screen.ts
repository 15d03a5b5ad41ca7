import { viewport } from './runtime.ts';

const display = {
  id: 1,
  scaleFactor: 1,
  bounds: { x: 0, y: 0, ...viewport },
  workArea: { x: 0, y: 0, ...viewport },
  size: viewport,
  workAreaSize: viewport,
  touchSupport: 'available' as const,
};

/** screen stand-in: one display the size of the host's viewport. */
export const screen = {
  getPrimaryDisplay: () => display,
  getAllDisplays: () => [display],
};
