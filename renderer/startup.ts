import { useAppInfoStore } from './stores/appInfo.ts';
import { useConnectivityStore } from './stores/connectivity.ts';
import { usePreferencesStore } from './stores/preferences.ts';

/**
 * Fills the stores from nothing: terminal info (and its default language)
 * and the connectivity feed. Called at launch, and again after a wipe has
 * reset the stores.
 */
export async function startKiosk(): Promise<void> {
  const connectivity = useConnectivityStore();
  const appInfo = useAppInfoStore();
  const preferences = usePreferencesStore();
  const [info] = await Promise.all([appInfo.load(), connectivity.start()]);
  if (info) preferences.setLocale(info.defaultLocale);
}
