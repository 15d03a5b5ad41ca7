import type { Page } from 'playwright-core';

/** How long the page may take to run a trivial script before it counts as hung (Electron waits for its hang monitor). */
const HANG_MS = Number(process.env.KIOSK_HOST_HANG_MS ?? 5000);
const CHECK_EVERY_MS = 500;

/**
 * Electron's `unresponsive` / `responsive`: the host asks the page to run a
 * trivial script every half second; a page that does not answer within
 * HANG_MS is unresponsive until it answers again.
 */
export function watchResponsiveness(page: Page, on: { onUnresponsive: () => void; onResponsive: () => void }): () => void {
  let stopped = false;
  let hung = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function check(): Promise<void> {
    if (stopped) return;
    let late: ReturnType<typeof setTimeout> | undefined;
    const answered = page.evaluate('1').then(
      () => true,
      () => !page.isClosed(),
    );
    const overdue = new Promise<false>((resolve) => (late = setTimeout(() => resolve(false), HANG_MS)));
    const inTime = await Promise.race([answered, overdue]);
    clearTimeout(late);
    if (stopped) return;
    if (!inTime && !hung) {
      hung = true;
      on.onUnresponsive();
    }
    if (inTime && hung) {
      hung = false;
      on.onResponsive();
    }
    // A hung page's evaluate never settles; wait for it (or the page closing) before asking again.
    if (!inTime) await Promise.race([answered, new Promise((resolve) => page.once('close', resolve))]);
    timer = setTimeout(() => void check(), CHECK_EVERY_MS);
  }

  timer = setTimeout(() => void check(), CHECK_EVERY_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
