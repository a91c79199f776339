import { isShareFragment, readShareFragment } from '../io/share-link.ts';
import type { Autosave } from './autosave.ts';
import type { Conflicts } from './conflicts.ts';
import { UNTITLED } from './design-repository.ts';
import type { Opening } from './opening.ts';
import { NOT_STORED_NOTICE_MS, notStoredMessage, type SessionContext } from './session-context.ts';

// A design that arrives in a share link opens read-only: it is nobody's stored design until the
// person saves a copy, which then becomes an ordinary design of this browser.

export type SharedDesign = {
  /** Opens the design of a share link in the address, read-only; false when there is none. */
  openShareLink(): Promise<boolean>;
  /**
   * Keeps the shared design that is open read-only as a new design of this browser. A second call
   * while the first is under way gets the same promise, so a double click stores one copy.
   */
  saveSharedCopy(): Promise<void>;
};

type Parts = { autosave: Autosave; opening: Opening; conflicts: Conflicts };

const BROKEN_LINK_NOTICE_MS = 15_000;

export function createSharedDesign(ctx: SessionContext, { autosave, opening, conflicts }: Parts): SharedDesign {
  const { address, notify } = ctx;
  let sharedCopy: Promise<void> | null = null;

  async function openShareLink(): Promise<boolean> {
    if (!isShareFragment(address.hash())) return false;
    if (!(await conflicts.mayReplaceOpenDesign('Opening the shared design discards them.'))) return false;
    const read = await readShareFragment(address.hash());
    if (!read.ok) {
      notify.error(read.message, { duration: BROKEN_LINK_NOTICE_MS });
      address.clearHash();
      return false;
    }
    await autosave.flushSave();
    opening.openInEditor(await opening.placed(read.design), null, 0, true);
    return true;
  }

  function saveSharedCopy(): Promise<void> {
    sharedCopy ??= keepSharedCopy().finally(() => {
      sharedCopy = null;
    });
    return sharedCopy;
  }

  async function keepSharedCopy(): Promise<void> {
    const { design, readOnly } = ctx.stores.design.getState();
    if (!design || !readOnly) return;
    const result = await opening.storeAndOpen(design);
    if (!result.opened) {
      notify.error(`The copy could not be opened: ${result.problem ?? 'unknown problem'}`);
    } else if (result.stored) {
      // The link has served its purpose; reloading should reopen the copy, not the read-only original.
      address.clearHash();
      // Named apart from a stored design of the same title (design-names.ts): then the new name is said.
      const renamed = result.title && result.title !== (design.title || UNTITLED) ? ` as “${result.title}”` : '';
      notify.success(`Saved a copy to your designs${renamed}; you can edit it now.`);
    } else {
      notify.warning(
        notStoredMessage(`Opened an editable copy of “${design.title || UNTITLED}” in this tab`, result.problem),
        { duration: NOT_STORED_NOTICE_MS },
      );
    }
  }

  return { openShareLink, saveSharedCopy };
}
