import { create } from 'zustand';
import { flushSave } from '../persistence/session.ts';

// What the service worker has told this tab: that the app is now kept for offline use, and that a
// new version is waiting. register-service-worker.ts sets it (production builds only) and
// UpdatePrompt shows it; in the dev server nothing sets it, so nothing is shown.

export type UpdateState =
  /** Nothing to offer: no new version, or the person said Later. */
  | 'none'
  /** A new version is installed and waits until the person says Reload. */
  | 'waiting'
  /** The new version controls this page (Reload chosen here or in another tab); a reload brings it in. */
  | 'taken-over';

export type OfflineState = {
  /** The app is kept in the browser and opens with no network from now on. Said once. */
  offlineReady: boolean;
  update: UpdateState;
};

export const useOfflineStore = create<OfflineState>()(() => ({ offlineReady: false, update: 'none' }));

/** At most this long for a pending save before reloading anyway: what is still unsaved then is asked about. */
const SAVE_WAIT_MS = 3000;

/** The registration's handle: tells the waiting version to take over; it then controls the page. */
let activateWaiting: (() => Promise<void>) | null = null;
/** Whether Reload was chosen in this tab: only then does the new version's arrival reload it. */
let reloadChosen = false;

export function setActivateWaiting(activate: () => Promise<void>): void {
  activateWaiting = activate;
}

export function offlineReady(): void {
  useOfflineStore.setState({ offlineReady: true });
}

export function dismissOfflineReady(): void {
  useOfflineStore.setState({ offlineReady: false });
}

export function updateWaiting(): void {
  useOfflineStore.setState({ update: 'waiting' });
}

/**
 * The new version now controls this page. Reloaded at once when Reload was chosen here; a tab whose
 * Reload was chosen elsewhere is not reloaded under the person's hands: it keeps its prompt.
 */
export function newVersionControls(): void {
  useOfflineStore.setState({ update: 'taken-over' });
  if (reloadChosen) location.reload();
}

/** Later: the prompt goes; the new version keeps waiting and is used when the app next starts. */
export function postponeUpdate(): void {
  useOfflineStore.setState({ update: 'none' });
}

/**
 * Reload into the new version. A pending save is written first, so there is usually nothing to
 * lose; then the waiting version takes over and the page reloads (newVersionControls), the ordinary
 * way: leaving with work still unsaved (a failed save, a conflict, an unstored design) asks first.
 */
export async function reloadIntoUpdate(): Promise<void> {
  reloadChosen = true;
  await Promise.race([flushSave(), new Promise((resolve) => setTimeout(resolve, SAVE_WAIT_MS))]);
  if (useOfflineStore.getState().update === 'waiting' && activateWaiting) await activateWaiting();
  else location.reload();
}
