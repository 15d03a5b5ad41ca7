/**
 * Where to scroll so the field being typed into shows above the keyboard.
 * Pure geometry on viewport coordinates (getBoundingClientRect), so it is
 * tested without a browser.
 */

/** A vertical extent in viewport pixels. */
export interface Span {
  top: number;
  bottom: number;
}

/** Space kept between the revealed element and the band's edges. */
export const REVEAL_MARGIN = 16;

/** The part of the scroll container the citizen can see: above the keyboard's top edge. */
export function visibleBand(container: Span, keyboardTop: number): Span {
  return { top: container.top, bottom: Math.max(container.top, Math.min(container.bottom, keyboardTop)) };
}

/**
 * How far to scroll the container (positive: content moves up) so `target`
 * sits inside `band`. `context` (the field with its label, hint and
 * messages) is revealed instead when it fits; an element taller than the
 * band shows its top. Zero when it is already in view.
 */
export function revealDelta(target: Span, band: Span, context?: Span, margin = REVEAL_MARGIN): number {
  const top = band.top + margin;
  const bottom = band.bottom - margin;
  const room = bottom - top;
  const shown = context && context.bottom - context.top <= room ? context : target;
  if (shown.bottom - shown.top > room || shown.top < top) return shown.top - top;
  if (shown.bottom > bottom) return shown.bottom - bottom;
  return 0;
}
