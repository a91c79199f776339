import { registerSW } from 'virtual:pwa-register';
import { newVersionControls, offlineReady, setActivateWaiting, updateWaiting } from './offline-store.ts';

// The service worker (vite-plugin-pwa, Workbox; configured in vite.config.ts) is registered here,
// from a production build only (main.tsx), once the page has loaded: the dev server has none.
// A new version never takes over by itself (prompt mode): it waits for the person's Reload.

export function registerServiceWorker(): void {
  const activate = registerSW({
    // Register at once: this module is loaded after the page's load event already.
    immediate: true,
    onOfflineReady: offlineReady,
    onNeedRefresh: updateWaiting,
    onNeedReload: newVersionControls,
    // Without a service worker the app still works online: nothing to tell the person.
    onRegisterError: () => {},
  });
  setActivateWaiting(() => activate(true));
}
