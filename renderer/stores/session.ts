import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Account } from '../../shared/contract/accounts.ts';
import { kiosk } from '../kiosk.ts';

/**
 * Who is logged in, as far as the screen needs to know: the account as main
 * hands it out (masked identifiers, no token). Wiped on logout, when main
 * says the session ended, and by every reset.
 */
export const useSessionStore = defineStore('session', () => {
  const account = ref<Account | null>(null);

  function signedIn(next: Account): void {
    account.value = next;
  }

  /** Forgets the account on screen at once, then ends the session in main. */
  async function logout(): Promise<void> {
    const wasSignedIn = account.value !== null;
    account.value = null;
    if (wasSignedIn) await kiosk().invoke('auth:logout');
  }

  function reset(): void {
    account.value = null;
  }

  return { account, signedIn, logout, reset };
});
