/**
 * Browser behaviour a public touchscreen must not offer: the context menu
 * (long press), dragging images out, a file or link dropped on the window
 * (which a browser would open), and zoom by ctrl+wheel or trackpad pinch.
 * CSS (touch-action, user-select) covers touch pinch and selection; main
 * refuses any navigation a drop might still start.
 */
export function installKioskGuards(target: Document): void {
  for (const type of ['contextmenu', 'dragstart', 'dragover', 'drop'] as const) {
    target.addEventListener(type, (event) => event.preventDefault());
  }
  target.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
}
