import type { Logger } from '../logger.ts';
import type { CitizenSession } from './citizen-session.ts';

/** Why a terminal session ends. Every one of them goes through the same wipe. */
export type WipeReason = 'logout' | 'start' | 'idle' | 'expired' | 'reload' | 'crash';

/** What the attract screen may tell the next person about the last session (nothing personal). */
export type EndNotice = 'logout' | 'idle' | 'expired';

const NOTICES: Partial<Record<WipeReason, EndNotice>> = { logout: 'logout', idle: 'idle', expired: 'expired' };

export interface WipeDeps {
  citizen: CitizenSession;
  /** Ends a token at the central API (best effort: the API may be down). */
  revoke: (token: string) => Promise<void>;
  /** Stops the idle countdown (and what hangs on it: the display-awake blocker). */
  stopIdle: () => void;
  /** Tells the page on screen that its epoch is over, so it blanks itself at once. */
  announce: (ended: { reason: WipeReason; epoch: number }) => void;
  /** Clears everything the renderer may have stored: storage, cache, cookies. */
  clearRendererData: () => Promise<void>;
  /** Puts a fresh renderer on the attract screen; resolves once its document has committed. */
  showAttract: (reason: WipeReason) => Promise<void>;
  log: Logger;
}

/**
 * The one way a terminal session ends, for every reason: the token is
 * forgotten and revoked, the epoch goes up (so anything still under way for
 * the person who left is dropped), the renderer's storage and cache are
 * cleared and a fresh renderer shows the attract screen. While it runs, the
 * IPC dispatcher answers nothing (`accepting()` is false).
 */
export function createWipe(deps: WipeDeps) {
  let running: Promise<void> | null = null;
  let notice: EndNotice | null = null;
  const revoking = new Set<Promise<void>>();

  async function run(reason: WipeReason): Promise<void> {
    const token = deps.citizen.advance();
    deps.stopIdle();
    notice = NOTICES[reason] ?? null;
    deps.log.info(`session wiped (${reason}), epoch ${deps.citizen.epoch}`);
    deps.announce({ reason, epoch: deps.citizen.epoch });
    if (token !== undefined) {
      const revoked = deps.revoke(token).catch((error: unknown) => deps.log.warn('the central API did not take the logout', error));
      revoking.add(revoked);
      void revoked.finally(() => revoking.delete(revoked));
    }
    try {
      await deps.clearRendererData();
    } catch (error) {
      deps.log.error('renderer storage could not be cleared', error);
    }
    await deps.showAttract(reason);
  }

  function wipe(reason: WipeReason): Promise<void> {
    if (running) {
      // A wipe is under way; a crash while it runs needs a window of its own afterwards.
      return reason === 'crash' ? running.then(() => wipe(reason)) : running;
    }
    const current = run(reason)
      .catch((error: unknown) => deps.log.error(`the ${reason} wipe failed`, error))
      .finally(() => {
        running = null;
      });
    running = current;
    return current;
  }

  return {
    wipe,
    /** False while a wipe runs: requests from the page that is going away are refused. */
    accepting: (): boolean => running === null,
    /** The notice for the attract screen, handed out once. */
    takeNotice(): EndNotice | null {
      const taken = notice;
      notice = null;
      return taken;
    },
    /** Waits for the revocations still under way (before quitting). */
    settled: (): Promise<void> => Promise.all([...revoking]).then(() => undefined),
  };
}

export type Wipe = ReturnType<typeof createWipe>;
