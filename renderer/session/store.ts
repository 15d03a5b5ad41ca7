import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { SessionState } from '../../shared/ipc/channels.ts';
import { adoptEpoch, endEpoch, kiosk } from '../kiosk.ts';

export type EndNotice = NonNullable<SessionState['notice']>;

/**
 * The terminal session as the page sees it: what to tell the next person
 * about the last session, the idle question's countdown, and whether main
 * has ended this page's epoch (the page then hides everything until main
 * replaces it). The timer and the wipe themselves live in main.
 */
export const useTerminalSessionStore = defineStore('terminalSession', () => {
  const notice = ref<EndNotice | null>(null);
  /** Seconds left to answer "还需要更多时间吗？"; null while nobody is asked. */
  const idleSecondsLeft = ref<number | null>(null);
  /** Main has ended this page's epoch: it is about to be replaced. */
  const ended = ref(false);
  let deadline = 0;
  let ticker: ReturnType<typeof setInterval> | undefined;

  function stopCountdown(): void {
    clearInterval(ticker);
    ticker = undefined;
    idleSecondsLeft.value = null;
  }

  function startCountdown(secondsLeft: number): void {
    stopCountdown();
    deadline = Date.now() + secondsLeft * 1000;
    idleSecondsLeft.value = secondsLeft;
    ticker = setInterval(() => {
      idleSecondsLeft.value = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    }, 250);
  }

  /**
   * Subscribes to main's session events, then asks for this page's epoch
   * and notice. `onEnded` runs once when main ends the epoch.
   */
  async function start(onEnded: () => void): Promise<void> {
    kiosk().on('session:ended', ({ epoch }) => {
      if (!endEpoch(epoch)) return;
      stopCountdown();
      ended.value = true;
      onEnded();
    });
    kiosk().on('idle:warning', ({ secondsLeft }) => startCountdown(secondsLeft));
    kiosk().on('idle:resumed', stopCountdown);
    const state = await kiosk().invoke('session:state');
    if (!state.ok) return;
    adoptEpoch(state.data.epoch);
    notice.value = state.data.notice;
  }

  /** 继续: the citizen is still here. */
  function stillHere(): void {
    stopCountdown();
    void kiosk().invoke('session:activity');
  }

  /** Ends the session for the next person (退出登录, 返回开始页面); main replaces the page. */
  async function end(reason: 'logout' | 'start'): Promise<void> {
    ended.value = true;
    const result = await kiosk().invoke('session:end', { reason });
    // Main refused outright (it did not start a wipe): show the page again rather than a curtain forever.
    if (!result.ok && result.error.code !== 'session.ended') ended.value = false;
  }

  function clearNotice(): void {
    notice.value = null;
  }

  return { notice, idleSecondsLeft, ended, start, stillHere, end, clearNotice };
});
