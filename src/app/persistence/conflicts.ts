import type { Autosave } from './autosave.ts';
import { UNTITLED } from './design-repository.ts';
import type { CreateResult, Opening } from './opening.ts';
import { removeRecoverySlot } from './recovery.ts';
import { NOT_STORED_NOTICE_MS, notStoredMessage, type SessionContext } from './session-context.ts';
import type { SaveNotice } from './tab-channel.ts';

// Two tabs on one design: another tab's save or deletion pauses autosave here (so neither tab
// overwrites the other) until the person takes the other version or keeps this one as a new design.
// And the guard before anything replaces edits that autosave could not write.

export type Conflicts = {
  /** The tab channel's listener: another tab saved or deleted a design. */
  onNotice(notice: SaveNotice): void;
  /** Conflict resolution: take what the other tab saved. */
  reloadFromStorage(): Promise<void>;
  /** Conflict resolution: keep this tab's version as a new design beside the other tab's. */
  keepMineAsCopy(): Promise<void>;
  /**
   * Before anything replaces the open design: edits autosave cannot write (another tab's change has
   * paused it, or the design is not stored at all) are dropped only if the person says so. False when
   * they cancel (or keeping the edits as a new design did not store them, so it stays open to be exported).
   */
  mayReplaceOpenDesign(consequence: string): Promise<boolean>;
};

export function createConflicts(ctx: SessionContext, autosave: Autosave, opening: Opening): Conflicts {
  const { stores, openDesign, setStorage, notify, questions } = ctx;

  function onNotice(notice: SaveNotice): void {
    const openId = stores.design.getState().designId;
    if (notice.designId !== openId) {
      void ctx.refreshList();
      return;
    }
    if (notice.type === 'deleted') setStorage({ conflict: { kind: 'deleted' } });
    else if (notice.version > openDesign.storedVersion) setStorage({ conflict: { kind: 'changed' } });
  }

  async function reloadFromStorage(): Promise<void> {
    const id = stores.design.getState().designId;
    autosave.cancelSave();
    // This tab's edits are dropped on purpose, so they must not come back as a recovery.
    if (id) removeRecoverySlot(id);
    if (id && (await opening.openStored(id))) return;
    setStorage({ conflict: { kind: 'deleted' } });
  }

  async function keepMine(): Promise<CreateResult> {
    const { design, designId } = stores.design.getState();
    if (!design) return { opened: false, stored: false };
    autosave.cancelSave();
    const title = `${design.title || UNTITLED} (this tab)`;
    const result = await opening.storeAndOpen({ ...design, title });
    // Stored under a name of its own if "… (this tab)" was taken already.
    const named = result.title ?? title;
    if (result.stored) {
      // The edits live on in the new design; the old slot would only bring them back a second time.
      if (designId) removeRecoverySlot(designId);
      notify.success(`Kept this tab’s version as “${named}”.`);
    } else if (result.opened) {
      notify.warning(notStoredMessage(`Opened “${named}”`, result.problem), { duration: NOT_STORED_NOTICE_MS });
    }
    return result;
  }

  async function mayReplaceOpenDesign(consequence: string): Promise<boolean> {
    const { design, designId, revision, readOnly } = stores.design.getState();
    if (!design || readOnly || revision === openDesign.savedRevision) return true;
    const title = design.title || UNTITLED;
    const { conflict } = stores.storage.getState();
    if (conflict) {
      const choice = await questions.askAboutUnsavedChanges(title, conflict, consequence);
      if (choice === 'cancel') return false;
      if (choice === 'keep') return (await keepMine()).stored;
      if (designId) removeRecoverySlot(designId);
      return true;
    }
    // A save that failed (storage full) left the edits in this tab and, at best, its recovery slot.
    if (stores.storage.getState().save === 'failed') {
      autosave.keepRecovery('leave');
      return (await questions.askAboutUnstoredChanges(title, consequence)) === 'discard';
    }
    // A design that could not be stored lives only in this tab: replacing it loses it for good.
    if (!designId) return (await questions.askAboutUnstoredChanges(title, consequence)) === 'discard';
    return true;
  }

  return {
    onNotice,
    reloadFromStorage,
    keepMineAsCopy: async () => {
      await keepMine();
    },
    mayReplaceOpenDesign,
  };
}
