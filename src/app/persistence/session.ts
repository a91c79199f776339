import { toast } from '../store/notices.ts';
import type { Design } from '../../engine/index.ts';
import { runCommand } from '../commands/editor.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { createSession, type Session } from './create-session.ts';
import { openDesignRepository } from './design-repository.ts';
import type { LeaveEvent } from './leaving.ts';
import type { CreateResult } from './opening.ts';
import { clearOpening } from './opening-marker.ts';
import { isStoragePersisted, requestPersistentStorage } from './persistent-storage.ts';
import { askAboutUnfinishedOpen, askAboutUnsavedChanges, askAboutUnstoredChanges } from './session-questions.ts';
import { useStorageStore } from './storage-store.ts';
import { createTabChannel } from './tab-channel.ts';

// The page's persistence session: startSession builds it once from the browser's own parts
// (IndexedDB, BroadcastChannel, the address, sonner, the app's stores) and hands it the page's
// events. The functions below are what the screen calls; each goes to that one session.

export { AUTOSAVE_DELAY_MS } from './autosave.ts';
export { createSession, type Session } from './create-session.ts';
export type { CreateResult } from './opening.ts';
export { notStoredMessage } from './session-context.ts';
export { useStorageStore, type Conflict, type SaveState, type StorageState } from './storage-store.ts';

let current: Session | null = null;
let built: (session: Session) => void = () => {};
/** Resolves once startSession has built the page's session (IndexedDB has answered by then). */
const pageSession = new Promise<Session>((resolve) => {
  built = resolve;
});
let starting: Promise<void> | null = null;

/**
 * Opens browser storage and the design last worked on (or, on a first visit, the lab); a share
 * link in the address opens its design read-only instead. Calling it again does nothing more.
 */
export function startSession(): Promise<void> {
  starting ??= startPageSession();
  return starting;
}

async function startPageSession(): Promise<void> {
  const database = await openDesignRepository(globalThis.indexedDB);
  const session = createSession({
    database,
    channel: database.ok ? createTabChannel() : null,
    stores: { design: useDesignStore, ui: useUiStore, storage: useStorageStore },
    now: Date.now,
    address: {
      hash: () => location.hash,
      clearHash: () => history.replaceState(null, '', location.pathname + location.search),
      joinsRoom: () => new URLSearchParams(location.search).has('live'),
    },
    notify: toast,
    questions: { askAboutUnsavedChanges, askAboutUnstoredChanges, askAboutUnfinishedOpen },
    layout: layoutPositions,
    runCommand,
    persistentStorage: { isPersisted: isStoragePersisted, request: requestPersistentStorage },
    countVerdicts: async (design) => {
      const { countVerdictsInWorker } = await import('../queries/engine-versions.ts');
      const answer = await countVerdictsInWorker(design);
      return answer.ok ? answer.counts : undefined;
    },
  });
  addEventListener('hashchange', () => void session.openShareLink());
  addEventListener('beforeunload', session.warnBeforeLeaving);
  addEventListener('pagehide', () => {
    // Events run, so the tab is not frozen: a design still marked as opening did open.
    clearOpening(useDesignStore.getState().designId);
    session.leavePage();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.leavePage();
  });
  current = session;
  built(session);
  await session.start();
}

/** Where automatic layout puts every node (elkjs loads on first use). */
async function layoutPositions(design: Design) {
  const { layoutDesign } = await import('../layout/auto-layout.ts');
  return layoutDesign(design);
}

/** Calls made before IndexedDB has answered wait for the page's session rather than act without storage. */
function withSession<T>(call: (session: Session) => Promise<T>): Promise<T> {
  return current ? call(current) : pageSession.then(call);
}

export const openStoredDesign = (id: string): Promise<boolean> => withSession((s) => s.openStoredDesign(id));
export const createDesign = (document: unknown): Promise<CreateResult> => withSession((s) => s.createDesign(document));
export const createFromTemplate = (templateId: string): Promise<void> =>
  withSession((s) => s.createFromTemplate(templateId));
export const saveSharedCopy = (): Promise<void> => withSession((s) => s.saveSharedCopy());
export const renameStoredDesign = (id: string, title: string): Promise<void> =>
  withSession((s) => s.renameStoredDesign(id, title));
export const duplicateStoredDesign = (id: string): Promise<void> => withSession((s) => s.duplicateStoredDesign(id));
export const deleteStoredDesign = (id: string): Promise<void> => withSession((s) => s.deleteStoredDesign(id));
export const reloadFromStorage = (): Promise<void> => withSession((s) => s.reloadFromStorage());
export const keepMineAsCopy = (): Promise<void> => withSession((s) => s.keepMineAsCopy());
export const refreshList = (): Promise<void> => withSession((s) => s.refreshList());
export const flushSave = (): Promise<void> => withSession((s) => s.flushSave());
export const refreshVersions = (): Promise<void> => withSession((s) => s.refreshVersions());
export const saveVersion = (label: string): Promise<boolean> => withSession((s) => s.saveVersion(label));
export const deleteVersion = (id: string): Promise<void> => withSession((s) => s.deleteVersion(id));
export const readVersion = (id: string) => withSession((s) => s.readVersion(id));
export const openVersion = (id: string): Promise<boolean> => withSession((s) => s.openVersion(id));
export const closeVersion = (): Promise<boolean> => withSession((s) => s.closeVersion());
export const restoreVersion = (id: string): Promise<boolean> => withSession((s) => s.restoreVersion(id));
export const designFromVersion = (id: string): Promise<boolean> => withSession((s) => s.designFromVersion(id));
/** Before the session exists no design is open, so there is nothing to lose. */
export const hasUnsavedWork = (): boolean => current?.hasUnsavedWork() ?? false;
export const warnBeforeLeaving = (event: LeaveEvent): void => current?.warnBeforeLeaving(event);
