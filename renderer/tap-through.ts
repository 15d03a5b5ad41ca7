/**
 * A screen change on pointerup happens before the browser sends that tap's
 * click, so the click would land on whatever the next screen puts under the
 * finger. Cancelling the touch's touchend stops the click from being made.
 * The touchend goes to the element the touch began on even after that
 * element has left the page, so the canceller waits there, not on document.
 * (A mouse click after a screen change goes to a common ancestor instead.)
 */
export function cancelClickOfTouch(event: PointerEvent): void {
  if (event.pointerType !== 'touch' || !event.target) return;
  event.target.addEventListener('touchend', (touchEnd) => touchEnd.preventDefault(), { once: true, passive: false });
}
