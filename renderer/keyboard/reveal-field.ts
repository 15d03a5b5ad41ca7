import { REVEAL_ATTRIBUTE, SCROLL_ATTRIBUTE } from './dom-markers.ts';
import { revealDelta, visibleBand } from './reveal.ts';

/** Scrolls the nearest marked scroll container so `element` (and its surroundings) is above `keyboardTop`. */
export function revealField(element: HTMLElement, keyboardTop: number): void {
  const container = element.closest<HTMLElement>(`[${SCROLL_ATTRIBUTE}]`);
  if (!container) return;
  const context = element.closest<HTMLElement>(`[${REVEAL_ATTRIBUTE}]`);
  const delta = revealDelta(
    element.getBoundingClientRect(),
    visibleBand(container.getBoundingClientRect(), keyboardTop),
    context && container.contains(context) ? context.getBoundingClientRect() : undefined,
  );
  if (delta !== 0) container.scrollTop += delta;
}
