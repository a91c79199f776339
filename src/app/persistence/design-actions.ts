import { updateDesign } from '../commands/update-design.ts';
import { EMPTY_TEMPLATE, findTemplate } from '../io/templates.ts';
import type { Autosave } from './autosave.ts';
import type { Conflicts } from './conflicts.ts';
import { uniqueTitle } from './design-names.ts';
import { removeRecoverySlot } from './recovery.ts';
import type { CreateResult, Opening } from './opening.ts';
import { NOT_STORED_NOTICE_MS, notStoredMessage, type SessionContext } from './session-context.ts';
import { TAB_ID } from './tab-channel.ts';

// What the person does with the designs kept in this browser (the designs list, templates, a file
// opened as a new design). Whatever would replace the open design asks first when that loses edits.

export type DesignActions = {
  /** Opens a stored design; false (with a message) when it cannot be read or is not a valid design. */
  openStoredDesign(id: string): Promise<boolean>;
  /**
   * Stores a document as a new design and opens it, saying truthfully whether it was stored. The
   * caller tells the person; a design opened but not stored also shows as not saved in the header.
   */
  createDesign(document: unknown): Promise<CreateResult>;
  /** Creates a design from a template, stores it and opens it. */
  createFromTemplate(templateId: string): Promise<void>;
  /** Any name the person types is kept, even one another design has. */
  renameStoredDesign(id: string, title: string): Promise<void>;
  /** Stores a copy named `title (copy)`, or `title (copy) (2)` and on when that is taken. */
  duplicateStoredDesign(id: string): Promise<void>;
  /** Deletes a stored design; deleting the open one opens the most recent other (or a new one). */
  deleteStoredDesign(id: string): Promise<void>;
};

type Parts = { autosave: Autosave; opening: Opening; conflicts: Conflicts };

export function createDesignActions(ctx: SessionContext, { autosave, opening, conflicts }: Parts): DesignActions {
  const { repository, channel, stores } = ctx;

  async function openStoredDesign(id: string): Promise<boolean> {
    if (!repository) return false;
    if (!(await conflicts.mayReplaceOpenDesign('Opening another design discards them.'))) return false;
    return opening.openStored(id);
  }

  async function createDesign(document: unknown): Promise<CreateResult> {
    if (!(await conflicts.mayReplaceOpenDesign('Opening another design discards them.')))
      return { opened: false, stored: false, cancelled: true };
    return opening.storeAndOpen(document);
  }

  async function createFromTemplate(templateId: string): Promise<void> {
    const template = findTemplate(templateId);
    if (!template) return;
    const result = await createDesign(template.document);
    if (result.opened && !result.stored) {
      ctx.notify.warning(notStoredMessage(`Opened “${template.name}”`, result.problem), {
        duration: NOT_STORED_NOTICE_MS,
      });
    }
  }

  async function renameStoredDesign(id: string, title: string): Promise<void> {
    if (!repository) return;
    if (id === stores.design.getState().designId) {
      // The open design is renamed through the editor, so the change is undoable and autosaved.
      ctx.runCommand(updateDesign, { title });
      await autosave.flushSave();
    } else {
      const renamed = await repository.rename(id, title);
      if (renamed) channel?.announce({ type: 'saved', designId: id, version: renamed.version, tabId: TAB_ID });
    }
    await ctx.refreshList();
  }

  async function duplicateStoredDesign(id: string): Promise<void> {
    if (!repository) return;
    await autosave.flushSave();
    const designs = await repository.list();
    const original = designs.find((design) => design.id === id);
    if (!original) return;
    const title = uniqueTitle(
      `${original.title} (copy)`,
      designs.map((design) => design.title),
    );
    await repository.duplicate(id, title);
    await ctx.refreshList();
  }

  async function deleteStoredDesign(id: string): Promise<void> {
    if (!repository) return;
    if (
      id === stores.design.getState().designId &&
      !(await conflicts.mayReplaceOpenDesign('Deleting the design discards them.'))
    )
      return;
    // Asked again: keeping the changes as a new design has opened that one instead.
    const wasOpen = id === stores.design.getState().designId;
    if (wasOpen) autosave.cancelSave();
    await repository.remove(id);
    removeRecoverySlot(id);
    channel?.announce({ type: 'deleted', designId: id, tabId: TAB_ID });
    await ctx.refreshList();
    if (!wasOpen) return;
    const next = stores.storage.getState().designs[0];
    if (!next || !(await opening.openStored(next.id))) await opening.storeAndOpen(EMPTY_TEMPLATE.document);
  }

  return {
    openStoredDesign,
    createDesign,
    createFromTemplate,
    renameStoredDesign,
    duplicateStoredDesign,
    deleteStoredDesign,
  };
}
