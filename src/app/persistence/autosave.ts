import type { DesignState } from '../store/design-store.ts';
import { UNTITLED } from './design-repository.ts';
import { removeRecoverySlot, writeRecoverySlot } from './recovery.ts';
import { storedForm, type SessionContext } from './session-context.ts';
import { TAB_ID } from './tab-channel.ts';
import { designThumbnail } from './thumbnail.ts';

// Every change to the open design is written to IndexedDB a moment later, as one write per burst,
// and at once to the recovery slot (synchronous, so a closed tab cannot beat it). A save names the
// version it started from, so it never overwrites another tab's newer save: that becomes a conflict.

/** Autosave waits this long after the last change, so a drag or typing is one write. */
export const AUTOSAVE_DELAY_MS = 250;

export type Autosave = {
  /** Writes the open design now if it has unsaved changes (also on leaving the page). */
  flushSave(): Promise<void>;
  cancelSave(): void;
  /**
   * Writes the open design's recovery slot if it has unsaved changes. A read-only shared design is
   * never stored, and a design without an id has no stored record to recover onto: neither gets one.
   */
  keepRecovery(reason: 'edit' | 'leave'): void;
  /** Asks once per session, when the person has stored work of their own, that the browser keep it. */
  askForPersistence(): Promise<void>;
  /** The design store's listener: a change to the open design schedules a save and a slot write. */
  onDesignChange(state: DesignState, before: DesignState): void;
  /** Cancels the scheduled save; resolves once a save under way has finished. */
  stop(): Promise<void>;
};

export function createAutosave(ctx: SessionContext): Autosave {
  const { repository, channel, stores, openDesign, setStorage } = ctx;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> | null = null;
  let recoveryQueued = false;
  let persistenceAsked = false;

  function cancelSave(): void {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function scheduleSave(): void {
    if (!repository || !stores.design.getState().designId) return;
    cancelSave();
    setStorage({ save: 'pending' });
    timer = setTimeout(() => void flushSave(), AUTOSAVE_DELAY_MS);
  }

  function keepRecovery(reason: 'edit' | 'leave'): void {
    const { design, designId, revision, readOnly } = stores.design.getState();
    if (!design || !designId || readOnly || revision === openDesign.savedRevision) return;
    if (reason === 'edit' && !openDesign.recoveryOnEveryEdit) return;
    const written = writeRecoverySlot({
      designId,
      baseVersion: openDesign.storedVersion,
      savedAt: ctx.now(),
      title: design.title || UNTITLED,
      document: design,
    });
    if (!written.cheap) openDesign.recoveryOnEveryEdit = false;
  }

  async function askForPersistence(): Promise<void> {
    if (persistenceAsked) return;
    persistenceAsked = true;
    const persistent = await ctx.persistentStorage.request();
    if (persistent !== null) setStorage({ persistent });
  }

  function onDesignChange(state: DesignState, before: DesignState): void {
    if (state.revision === before.revision || state.session !== before.session) return;
    scheduleSave();
    // One slot write per burst of changes (a paste of many nodes), still before any event can run.
    if (recoveryQueued) return;
    recoveryQueued = true;
    queueMicrotask(() => {
      recoveryQueued = false;
      keepRecovery('edit');
    });
  }

  async function flushSave(): Promise<void> {
    cancelSave();
    // Two callers may both be waiting: each waits until no save is running, so neither reuses a stale version.
    while (saving) await saving;
    const { design, designId, revision } = stores.design.getState();
    if (!repository || !design || !designId || revision === openDesign.savedRevision) return;
    if (stores.storage.getState().conflict) return;
    saving = (async () => {
      setStorage({ save: 'saving' });
      const outcome = await repository.save(
        designId,
        // The designs list's picture follows the design, large ones too (kept as JSON text).
        { title: design.title || UNTITLED, document: storedForm(design), thumbnail: designThumbnail(design) },
        openDesign.storedVersion,
      );
      // The design may have been switched meanwhile; only the one saved is affected.
      if (outcome.ok) {
        channel?.announce({ type: 'saved', designId, version: outcome.version, tabId: TAB_ID });
        void askForPersistence();
        void ctx.refreshList();
        if (stores.design.getState().designId !== designId) return;
        openDesign.storedVersion = outcome.version;
        openDesign.savedRevision = revision;
        const stillDirty = stores.design.getState().revision !== openDesign.savedRevision;
        // A clean design needs no slot; a dirty one gets a slot based on the version just stored.
        if (stillDirty) keepRecovery('edit');
        else removeRecoverySlot(designId);
        setStorage({ save: stillDirty ? 'pending' : 'saved', problem: null });
        if (stillDirty) scheduleSave();
      } else if (outcome.reason === 'conflict') {
        setStorage({ conflict: { kind: 'changed' }, save: 'pending' });
      } else if (outcome.reason === 'missing') {
        setStorage({ conflict: { kind: 'deleted' }, save: 'pending' });
      } else {
        setStorage({ save: 'failed', problem: outcome.message });
      }
    })();
    try {
      await saving;
    } finally {
      saving = null;
    }
  }

  async function stop(): Promise<void> {
    cancelSave();
    while (saving) await saving;
    cancelSave(); // a save that left the design dirty has scheduled the next one
  }

  return { flushSave, cancelSave, keepRecovery, askForPersistence, onDesignChange, stop };
}
