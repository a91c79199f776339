import { formatProblem, loadDesign, type Design } from '../../engine/index.ts';
import { arrange } from '../commands/arrange.ts';
import { EMPTY_SELECTION } from '../commands/types.ts';
import { loadDesignOffThread, nextTask } from '../io/off-thread.ts';
import { findTemplate } from '../io/templates.ts';
import type { Autosave } from './autosave.ts';
import { uniqueTitle } from './design-names.ts';
import { describeStorageError, UNTITLED, type StoredDesign } from './design-repository.ts';
import { clearOpening, clearOpeningOnceDrawn, markOpening } from './opening-marker.ts';
import { removeRecoverySlot } from './recovery.ts';
import { recoveredNotice, recoveryFor } from './recovery-at-open.ts';
import {
  NOT_STORED_NOTICE_MS,
  notStoredMessage,
  RECOVERED_NOTICE_MS,
  storedForm,
  type SessionContext,
} from './session-context.ts';
import { designThumbnail } from './thumbnail.ts';

// Putting a design in the editor: a stored one (with its recovery slot, and the opening marker that
// catches a design freezing the tab), a new one stored first, or one that lives only in this tab.
// Every document read back from storage goes through the one load pipeline, like any file. These
// open without asking: the person-facing operations ask first (see mayReplaceOpenDesign).

/** What storing a new design came to: `stored` false with `opened` true means it lives only in this tab. */
export type CreateResult = {
  opened: boolean;
  stored: boolean;
  /** Why it was not stored, or not opened. */
  problem?: string;
  /** The person chose not to leave the open design (see mayReplaceOpenDesign). */
  cancelled?: boolean;
  /**
   * The title it was opened under: the one it came with, or, when a stored design already has that,
   * the next free `title (n)` (design-names.ts).
   */
  title?: string;
};

export type Opening = {
  /** Replaces the open design; `designId` null for one not stored, `readOnly` for a shared one. */
  openInEditor(design: Design, designId: string | null, version: number, readOnly?: boolean): void;
  /** Opens a stored design; false (with a message) when it cannot be read or is not a valid design. */
  openStored(id: string): Promise<boolean>;
  /**
   * Stores a document as a new design and opens it, saying truthfully whether it was stored. Its title
   * is made unique among the stored designs (`lab` → `lab (2)`), in the record and the document alike.
   * `askToPersist`: storing is the person's own work (not the lab a first visit starts with).
   */
  storeAndOpen(document: unknown, options?: { askToPersist?: boolean }): Promise<CreateResult>;
  openTemplateInMemory(templateId: string): void;
  /** The design with every node placed: a read-only design cannot be arranged once it is open. */
  placed(design: Design): Promise<Design>;
};

export function createOpening(ctx: SessionContext, autosave: Autosave): Opening {
  const { repository, stores, openDesign, setStorage, notify } = ctx;

  function openInEditor(design: Design, designId: string | null, version: number, readOnly = false): void {
    openDesign.storedVersion = version;
    openDesign.recoveryOnEveryEdit = true;
    stores.ui.getState().setSelection(EMPTY_SELECTION);
    stores.ui.getState().setHighlightedFlow(null);
    // A comparison belongs to the design it was opened on.
    stores.ui.getState().setCompareTarget(null);
    stores.design.getState().open(design, designId, readOnly);
    openDesign.savedRevision = stores.design.getState().revision;
    setStorage({ conflict: null, save: designId ? 'saved' : 'off', viewing: null });
    if (!readOnly && design.nodes.some((node) => node.position === undefined)) void arrangeUnplaced(design);
  }

  async function placed(design: Design): Promise<Design> {
    if (design.nodes.every((node) => node.position !== undefined)) return design;
    const outcome = arrange.run({ design, selection: EMPTY_SELECTION }, { positions: await ctx.layout(design) });
    return outcome.status === 'changed' ? outcome.design : design;
  }

  /** Designs that arrive without positions are laid out once they are open, as an undoable tidy. */
  async function arrangeUnplaced(design: Design): Promise<void> {
    const positions = await ctx.layout(design);
    if (stores.design.getState().design === design) ctx.runCommand(arrange, { positions });
  }

  function openTemplateInMemory(templateId: string): void {
    const template = findTemplate(templateId);
    const loaded = template ? loadDesign(template.document) : null;
    if (loaded?.ok) openInEditor(loaded.design, null, 0);
  }

  async function openStored(id: string): Promise<boolean> {
    if (!repository) return false;
    await autosave.flushSave();
    const stored = await repository.get(id);
    if (!stored) {
      removeRecoverySlot(id);
      return false;
    }
    // Marked before the document is even read: whatever hangs from here on is caught at the next start.
    markOpening(stored.id);
    const loaded = await loadDesignOffThread(stored.document);
    if (!loaded.ok) {
      clearOpening(stored.id);
      setStorage({
        problem: `“${stored.title}” could not be opened: ${loaded.errors.slice(0, 2).map(formatProblem).join('; ')}`,
      });
      return false;
    }
    const recovered = await recoveryFor(stored, loaded.design);
    if (recovered && recovered.baseVersion !== stored.version) {
      // Another tab saved this design after these edits began: keep both rather than overwrite either.
      clearOpening(stored.id);
      const wanted = `${recovered.design.title || UNTITLED} (recovered)`;
      const result = await storeAndOpen({ ...recovered.design, title: wanted });
      const title = result.title ?? wanted;
      if (result.opened) {
        if (result.stored) removeRecoverySlot(stored.id);
        notify.info(
          `${recoveredNotice(stored.title, recovered.savedAt)} “${stored.title}” was saved elsewhere since, so they are kept as a new design, “${title}”.`,
          { duration: RECOVERED_NOTICE_MS },
        );
        if (!result.stored)
          notify.warning(notStoredMessage(`Opened “${title}”`, result.problem), { duration: NOT_STORED_NOTICE_MS });
        return true;
      }
    }
    openInEditor(loaded.design, stored.id, stored.version);
    if (recovered && recovered.baseVersion === stored.version) {
      // One undoable change on top of the stored version: Ctrl+Z shows what was stored. Autosave follows.
      stores.design.getState().commit(recovered.design, { design: loaded.design, selection: EMPTY_SELECTION });
      notify.info(recoveredNotice(stored.title, recovered.savedAt), { duration: RECOVERED_NOTICE_MS });
    }
    clearOpeningOnceDrawn(stored.id);
    await repository.setLastOpened(stored.id);
    await ctx.refreshList();
    return true;
  }

  async function storeAndOpen(document: unknown, { askToPersist = true } = {}): Promise<CreateResult> {
    const loaded = await loadDesignOffThread(document);
    if (!loaded.ok)
      return { opened: false, stored: false, problem: loaded.errors.slice(0, 2).map(formatProblem).join('; ') };
    if (!repository) {
      openInEditor(loaded.design, null, 0);
      return {
        opened: true,
        stored: false,
        problem: stores.storage.getState().problem ?? undefined,
        title: loaded.design.title || UNTITLED,
      };
    }
    await autosave.flushSave();
    const wanted = loaded.design.title || UNTITLED;
    const title = await freeTitle(wanted);
    // Renamed only when another design has its name: otherwise it is stored exactly as it came.
    const design = title === wanted ? loaded.design : { ...loaded.design, title };
    let stored: StoredDesign;
    try {
      stored = await repository.create({ title, document: storedForm(design), thumbnail: designThumbnail(design) });
    } catch (error) {
      const problem = describeStorageError(error);
      openInEditor(loaded.design, null, 0);
      setStorage({ problem, save: 'failed' });
      return { opened: true, stored: false, problem, title: loaded.design.title || UNTITLED };
    }
    markOpening(stored.id);
    // Drawing a large design is a task's worth of work of its own: not on top of reading and storing it.
    await nextTask();
    openInEditor(design, stored.id, stored.version);
    clearOpeningOnceDrawn(stored.id);
    if (askToPersist) void autosave.askForPersistence();
    try {
      await repository.setLastOpened(stored.id);
    } catch {
      // The design is stored; only which design the next start reopens is not remembered.
    }
    await ctx.refreshList();
    return { opened: true, stored: true, title };
  }

  /** `wanted`, or the next `wanted (n)` no stored design has. Naming never stops a design being stored. */
  async function freeTitle(wanted: string): Promise<string> {
    if (!repository) return wanted;
    try {
      return uniqueTitle(
        wanted,
        (await repository.list()).map((design) => design.title),
      );
    } catch {
      return wanted;
    }
  }

  return { openInEditor, openStored, storeAndOpen, openTemplateInMemory, placed };
}
