import { useRouter } from 'vue-router';
import type { Account } from '../../shared/contract/accounts.ts';
import { useSessionStore } from '../stores/session.ts';

/** After a registration or login: remember who is on screen and show the user home. */
export function useSignIn() {
  const session = useSessionStore();
  const router = useRouter();
  return async (account: Account): Promise<void> => {
    session.signedIn(account);
    await router.replace({ name: 'user-home' });
  };
}
