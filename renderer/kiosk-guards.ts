/**
 * Browser behaviour a public touchscreen must not offer: the context menu
 * (long press), dragging images out, and zoom by ctrl+wheel or trackpad
 * pinch. CSS (touch-action, user-select) covers touch pinch and selection.
 */
export function installKioskGuards(target: Document): void {
  target.addEventListener('contextmenu', (event) => event.preventDefault());
  target.addEventListener('dragstart', (event) => event.preventDefault());
  target.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
}
