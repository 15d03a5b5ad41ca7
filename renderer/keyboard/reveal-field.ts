import { REVEAL_ATTRIBUTE, SCROLL_ATTRIBUTE, STICKY_ATTRIBUTE } from './dom-markers.ts';
import { revealDelta, visibleBand } from './reveal.ts';

/** The top of what covers the container from below: the keyboard, or a bar stuck to the container's bottom if higher. */
function coveredFrom(container: HTMLElement, keyboardTop: number): number {
  const bars = container.querySelectorAll<HTMLElement>(`[${STICKY_ATTRIBUTE}]`);
  return Math.min(keyboardTop, ...Array.from(bars, (bar) => bar.getBoundingClientRect().top));
}

/** Scrolls the nearest marked scroll container so `element` (and its surroundings) is above `keyboardTop` and any action bar. */
export function revealField(element: HTMLElement, keyboardTop: number): void {
  const container = element.closest<HTMLElement>(`[${SCROLL_ATTRIBUTE}]`);
  if (!container) return;
  const context = element.closest<HTMLElement>(`[${REVEAL_ATTRIBUTE}]`);
  const delta = revealDelta(
    element.getBoundingClientRect(),
    visibleBand(container.getBoundingClientRect(), coveredFrom(container, keyboardTop)),
    context && container.contains(context) ? context.getBoundingClientRect() : undefined,
  );
  if (delta !== 0) container.scrollTop += delta;
}
