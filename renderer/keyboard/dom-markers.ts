/**
 * Attributes that tell the touch keyboard about the page around it.
 */

/** The element whose scrolling brings fields into view (the app shell's content). */
export const SCROLL_ATTRIBUTE = 'data-keyboard-scroll';

/** A field's surroundings (label, hint, messages), shown with it when they fit. */
export const REVEAL_ATTRIBUTE = 'data-keyboard-reveal';

/** A tap inside this element leaves the keyboard open (fields, their labels, show-password). */
export const KEEP_ATTRIBUTE = 'data-keyboard-keep';

/** An element stuck to the bottom of a scroll container (a form's action bar): fields are revealed above it. */
export const STICKY_ATTRIBUTE = 'data-keyboard-sticky';
