import { useRouter } from 'vue-router';
import type { Account } from '../../shared/contract/accounts.ts';
import { useSessionStore } from '../stores/session.ts';

/** What the user home says on arrival: 'registered' after a registration, nothing after a login. */
export type SignInNotice = 'registered';

/** After a registration or login: remember who is on screen and show the user home (with `notice`, if any). */
export function useSignIn() {
  const session = useSessionStore();
  const router = useRouter();
  return async (account: Account, notice?: SignInNotice): Promise<void> => {
    session.signedIn(account);
    await router.replace({ name: 'user-home', query: notice ? { notice } : {} });
  };
}
