/**
 * Line icons drawn on a 24x24 grid, stroked with currentColor. Each icon is
 * a list of SVG path data; circles are written as two arcs.
 */
export const ICONS = {
  register: ['M9 3.5a4 4 0 1 0 0 8a4 4 0 1 0 0-8', 'M2 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1', 'M19 8v6', 'M16 11h6'],
  login: ['M14 3h5a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-5', 'M3 12h12', 'M11 8l4 4-4 4'],
  policy: [
    'M6 2h9l5 5v13a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z',
    'M14 2v6h6',
    'M8 13h8',
    'M8 17h8',
    'M8 9h3',
  ],
  back: ['M20 12H5', 'M11 5l-7 7 7 7'],
  home: ['M3 11l9-8 9 8', 'M5 9.5V21h5v-6h4v6h5V9.5'],
  online: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M7 12.5l3.5 3.5L17 9'],
  offline: ['M12 3L2 20.5h20z', 'M12 10v5', 'M12 17.8v.2'],
  unknown: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M12 6.5V12l3.5 3.5'],
  retry: ['M20 12a8 8 0 1 1-2.35-5.65', 'M20 3.5v5h-5'],
  up: ['M5 15l7-7 7 7'],
  down: ['M5 9l7 7 7-7'],
  info: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M12 10.5v6', 'M12 7v.2'],
  place: ['M12 22s7-6.3 7-12a7 7 0 0 0-14 0c0 5.7 7 12 7 12z', 'M12 7.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5'],
  car: [
    'M4 12l1.8-4.6A2 2 0 0 1 7.7 6h8.6a2 2 0 0 1 1.9 1.4L20 12',
    'M3 14a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v3H3z',
    'M6 17v2',
    'M18 17v2',
    'M7 14.5h1',
    'M16 14.5h1',
  ],
  tap: [
    'M10 14V5.5a1.5 1.5 0 0 1 3 0V12',
    'M13 11a1.5 1.5 0 0 1 3 0v1.5',
    'M16 12a1.5 1.5 0 0 1 3 0v3.5A6.5 6.5 0 0 1 12.5 22h-.6a6 6 0 0 1-4.8-2.4L4.4 16a1.6 1.6 0 0 1 2.4-2.1L10 17',
    'M7.5 6.5a4.5 4.5 0 0 1 8 0',
  ],
} as const satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICONS;
