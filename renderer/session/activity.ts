/** How often, at most, touches are reported to main (the idle timer needs no finer grain). */
export const ACTIVITY_REPORT_MS = 1000;

export interface ActivityReporterOptions {
  send: () => void;
  now?: () => number;
  intervalMs?: number;
}

/**
 * Reports the citizen's touches and keys to main, where the idle timer
 * lives: the first of a burst at once, then at most one per interval, the
 * last of a burst always (so the final touch before a pause still counts).
 */
export function createActivityReporter({ send, now = () => Date.now(), intervalMs = ACTIVITY_REPORT_MS }: ActivityReporterOptions) {
  let last = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;

  function fire(): void {
    trailing = undefined;
    last = now();
    send();
  }

  return {
    report(): void {
      const wait = last + intervalMs - now();
      if (wait <= 0) fire();
      else trailing ??= setTimeout(fire, wait);
    },
    stop(): void {
      clearTimeout(trailing);
      trailing = undefined;
    },
  };
}

/**
 * Touches and keys anywhere on `target` call `report`, unless `ignore()` says
 * the screen needs no watching. Touches on the idle question itself are its
 * buttons' business: reported as activity, they would take the question down
 * before 结束办理 could act.
 */
export function watchActivity(target: Document, report: () => void, ignore: () => boolean): void {
  const onInput = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('[data-idle-question]')) return;
    if (!ignore()) report();
  };
  for (const type of ['pointerdown', 'keydown'] as const) target.addEventListener(type, onInput, { capture: true, passive: true });
}
