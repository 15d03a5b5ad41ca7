import { useCatalogStore } from './features/applications/catalog-store.ts';
import { useApplicationDraftStore } from './features/applications/draft-store.ts';
import { useQueuedRequestsStore } from './features/outbox/queued-store.ts';
import { useKeyboardStore } from './keyboard/store.ts';
import { watchActivity, createActivityReporter } from './session/activity.ts';
import { useTerminalSessionStore } from './session/store.ts';
import { useAppInfoStore } from './stores/appInfo.ts';
import { useConnectivityStore } from './stores/connectivity.ts';
import { usePreferencesStore } from './stores/preferences.ts';
import { useRegistrationDraftStore } from './stores/registrationDraft.ts';
import { useSessionStore } from './stores/session.ts';
import { kiosk } from './kiosk.ts';
import { router } from './router.ts';

/** Everything on screen that may hold what a citizen typed or was shown. */
function forgetCitizen(): void {
  useSessionStore().reset();
  useRegistrationDraftStore().reset();
  useApplicationDraftStore().reset();
  useQueuedRequestsStore().reset();
  useKeyboardStore().reset();
}

/**
 * Fills the stores from nothing: the terminal session (its epoch and the
 * notice for the attract screen), terminal info (and its default language),
 * the connectivity feed, the outbox's news for this session and the
 * catalog; then reports touches to main's idle timer.
 * Runs before the app mounts, so the first screen is already in the
 * terminal's language.
 */
export async function startKiosk(): Promise<void> {
  const terminal = useTerminalSessionStore();
  const appInfo = useAppInfoStore();
  const preferences = usePreferencesStore();
  const [info] = await Promise.all([appInfo.load(), terminal.start(forgetCitizen), useConnectivityStore().start()]);
  useQueuedRequestsStore().start();
  // Not waited for: the start screen shows at once; the system's name follows the catalog when it comes.
  void useCatalogStore().load();
  if (info) preferences.setLocale(info.defaultLocale);

  const activity = createActivityReporter({ send: () => void kiosk().invoke('session:activity') });
  const onAttract = () => router.currentRoute.value.name === 'attract';
  watchActivity(document, activity.report, onAttract);
  // Arriving on a screen counts too: a citizen who taps once and leaves is still timed out.
  router.afterEach(() => {
    if (!onAttract()) activity.report();
  });
}
