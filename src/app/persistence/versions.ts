import type { Design } from '../../engine/index.ts';
import { restoreContent } from '../commands/update-design.ts';
import { loadDesignOffThread } from '../io/off-thread.ts';
import { useReviewerStore } from '../store/reviewer-store.ts';
import { formatProblem } from '../../engine/index.ts';
import type { Autosave } from './autosave.ts';
import type { Conflicts } from './conflicts.ts';
import { UNTITLED } from './design-repository.ts';
import type { Opening } from './opening.ts';
import { storedForm, type SessionContext } from './session-context.ts';
import type { VersionReason, VersionSummary } from './version-repository.ts';

// The versions of the open design: saved by the person with a name, or kept by the app when a
// review begins and before a version is restored over the design. A version is opened read-only,
// compared, restored (one undoable change), or made into a design of its own.

export type Versions = {
  /** Reads the open design's versions into the storage store (`versions`). */
  refreshVersions(): Promise<void>;
  /** Keeps the open design as it is now under `label`; false (with a message said) when it could not. */
  saveVersion(label: string): Promise<boolean>;
  deleteVersion(versionId: string): Promise<void>;
  /** A version's design, loaded; null (with a message said) when it cannot be read. */
  readVersion(versionId: string): Promise<{ summary: VersionSummary; design: Design } | null>;
  /** Opens a version in the editor, read-only, in place of its design. */
  openVersion(versionId: string): Promise<boolean>;
  /** Back from a version open read-only to its design. */
  closeVersion(): Promise<boolean>;
  /** Puts a version's content back into its design as one undoable change, keeping a version of what it replaces. */
  restoreVersion(versionId: string): Promise<boolean>;
  /** Stores a version as a new design and opens it. */
  designFromVersion(versionId: string): Promise<boolean>;
  /** Keeps a version as the review of a design begins (its first decision: see versions-lazy.ts). */
  keepReviewVersion(designId: string, design: Design): Promise<void>;
};

export type VersionParts = { autosave: Autosave; opening: Opening; conflicts: Conflicts };

export function createVersions(ctx: SessionContext, { autosave, opening, conflicts }: VersionParts): Versions {
  const { repository, stores, notify, setStorage } = ctx;
  const unavailable = () =>
    notify.error('Versions are kept in this browser’s storage, which is not available: export the design to keep it.');

  async function refreshVersions(): Promise<void> {
    const designId = stores.storage.getState().viewing?.designId ?? stores.design.getState().designId;
    if (!repository || !designId) {
      setStorage({ versions: { of: designId, list: [] } });
      return;
    }
    try {
      setStorage({ versions: { of: designId, list: await repository.versions.list(designId) } });
    } catch (error) {
      notify.error(`The versions could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Keeps `design` as a version of `designId`; the message said is the caller's to choose on success. */
  async function keep(designId: string, design: Design, label: string, reason: VersionReason) {
    if (!repository) return null;
    const counts = await ctx.countVerdicts?.(design).catch(() => undefined);
    const outcome = await repository.versions.save(designId, {
      label,
      reason,
      author: useReviewerStore.getState().name,
      ...(counts ? { counts } : {}),
      document: storedForm(design),
    });
    if (!outcome.ok) {
      notify.error(
        reason === 'saved'
          ? `The version could not be saved: ${outcome.message}`
          : `A version of “${design.title || UNTITLED}” could not be kept before going on: ${outcome.message}`,
      );
      return null;
    }
    await refreshVersions();
    return outcome.version;
  }

  async function saveVersion(label: string): Promise<boolean> {
    const { design, designId, readOnly } = stores.design.getState();
    if (!design || readOnly) return false;
    if (!repository || !designId) {
      unavailable();
      return false;
    }
    const version = await keep(designId, design, label, 'saved');
    if (version) notify.success(`Saved version “${version.label}”.`);
    return version !== null;
  }

  async function deleteVersion(versionId: string): Promise<void> {
    if (!repository) return;
    try {
      await repository.versions.remove(versionId);
    } catch (error) {
      notify.error(`The version could not be deleted: ${error instanceof Error ? error.message : String(error)}`);
    }
    await refreshVersions();
  }

  async function readVersion(versionId: string) {
    if (!repository) return null;
    let stored;
    try {
      stored = await repository.versions.get(versionId);
    } catch (error) {
      notify.error(`The version could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
    if (!stored) {
      notify.error('That version is no longer kept (it was deleted, perhaps in another tab).');
      await refreshVersions();
      return null;
    }
    const loaded = await loadDesignOffThread(stored.document);
    if (!loaded.ok) {
      notify.error(
        `The version “${stored.summary.label}” could not be opened: ${loaded.errors.slice(0, 2).map(formatProblem).join('; ')}`,
      );
      return null;
    }
    return { summary: stored.summary, design: loaded.design };
  }

  async function openVersion(versionId: string): Promise<boolean> {
    const { design, designId } = stores.design.getState();
    const owner =
      stores.storage.getState().viewing ?? (designId ? { designId, designTitle: design?.title ?? '' } : null);
    if (!owner) return false;
    const version = await readVersion(versionId);
    if (!version) return false;
    if (
      !stores.storage.getState().viewing &&
      !(await conflicts.mayReplaceOpenDesign('Opening a version discards them.'))
    )
      return false;
    await autosave.flushSave();
    opening.openInEditor(version.design, null, 0, true);
    setStorage({
      viewing: { designId: owner.designId, designTitle: owner.designTitle, versionId, label: version.summary.label },
    });
    return true;
  }

  async function closeVersion(): Promise<boolean> {
    const viewing = stores.storage.getState().viewing;
    if (!viewing) return false;
    return opening.openStored(viewing.designId);
  }

  async function restoreVersion(versionId: string): Promise<boolean> {
    if (stores.storage.getState().viewing && !(await closeVersion())) return false;
    const { design, designId, readOnly } = stores.design.getState();
    if (!design || !designId || readOnly) return false;
    const version = await readVersion(versionId);
    if (!version) return false;
    // What the restore replaces stays a version too, though the restore can be undone as well.
    const kept = await keep(designId, design, `Before restoring “${version.summary.label}”`, 'restore');
    if (!kept) return false;
    if (stores.design.getState().design !== design) {
      notify.warning('The design changed while the version was read: nothing was restored.');
      return false;
    }
    ctx.runCommand(restoreContent, version.design);
    notify.success(`Restored “${version.summary.label}”. Undo (Ctrl+Z) puts back what was there.`);
    return true;
  }

  async function designFromVersion(versionId: string): Promise<boolean> {
    const version = await readVersion(versionId);
    if (!version) return false;
    if (!(await conflicts.mayReplaceOpenDesign('Opening another design discards them.'))) return false;
    const title = `${version.design.title || UNTITLED} (${version.summary.label})`;
    const result = await opening.storeAndOpen({ ...version.design, title });
    if (!result.opened) notify.error(`The new design could not be opened: ${result.problem ?? 'unknown problem'}`);
    return result.opened;
  }

  async function keepReviewVersion(designId: string, design: Design): Promise<void> {
    await keep(designId, design, 'Review started', 'review');
  }

  return {
    refreshVersions,
    saveVersion,
    deleteVersion,
    readVersion,
    openVersion,
    closeVersion,
    restoreVersion,
    designFromVersion,
    keepReviewVersion,
  };
}
