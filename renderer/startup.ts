import { useAppInfoStore } from './stores/appInfo.ts';
import { useConnectivityStore } from './stores/connectivity.ts';
import { usePreferencesStore } from './stores/preferences.ts';
import { useRegistrationDraftStore } from './stores/registrationDraft.ts';
import { useSessionStore } from './stores/session.ts';
import { kiosk } from './kiosk.ts';
import { router } from './router.ts';

/**
 * Fills the stores from nothing: terminal info (and its default language)
 * and the connectivity feed. Called at launch, and again after a wipe has
 * reset the stores.
 */
export async function startKiosk(): Promise<void> {
  const connectivity = useConnectivityStore();
  const appInfo = useAppInfoStore();
  const preferences = usePreferencesStore();
  watchSession();
  const [info] = await Promise.all([appInfo.load(), connectivity.start()]);
  if (info) preferences.setLocale(info.defaultLocale);
}

let unwatch: (() => void) | null = null;

/** When main ends the session (expired at the central API), wipe the account and ask for a login. */
function watchSession(): void {
  unwatch?.();
  unwatch = kiosk().on('session:ended', ({ reason }) => {
    useRegistrationDraftStore().reset();
    const session = useSessionStore();
    if (!session.account) return;
    session.reset();
    if (reason === 'expired' && router.currentRoute.value.meta.citizen) void router.replace({ name: 'login', query: { expired: '1' } });
  });
}
