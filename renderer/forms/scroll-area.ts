import { SCROLL_ATTRIBUTE } from '../keyboard/dom-markers.ts';

/** Scrolls the content area holding `target` (and that area alone: the top bar stays put) so `target` is in its middle. */
export function centreInScrollArea(target: HTMLElement): void {
  const container = target.closest<HTMLElement>(`[${SCROLL_ATTRIBUTE}]`);
  if (!container) return;
  const box = target.getBoundingClientRect();
  const view = container.getBoundingClientRect();
  container.scrollTop += box.top + box.height / 2 - (view.top + view.height / 2);
}
