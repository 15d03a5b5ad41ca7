import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Account } from '../../shared/contract/accounts.ts';

/**
 * Who is logged in, as far as the screen needs to know: the account as main
 * hands it out (masked identifiers, no token). Logging out is a wipe of the
 * whole terminal session (renderer/session/store.ts), not of this store alone.
 */
export const useSessionStore = defineStore('session', () => {
  const account = ref<Account | null>(null);

  function signedIn(next: Account): void {
    account.value = next;
  }

  function reset(): void {
    account.value = null;
  }

  return { account, signedIn, reset };
});
