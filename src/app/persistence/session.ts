import { toast } from 'sonner';
import { create } from 'zustand';
import { formatProblem, loadDesign, type Design } from '../../engine/index.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { arrange } from '../commands/arrange.ts';
import { runCommand } from '../commands/editor.ts';
import { EMPTY_SELECTION } from '../commands/types.ts';
import { updateDesign } from '../commands/update-design.ts';
import { isShareFragment, readShareFragment } from '../io/share-link.ts';
import { FIRST_TEMPLATE_ID, findTemplate } from '../io/templates.ts';
import {
  describeStorageError, openDesignRepository, type DesignRepository, type DesignSummary,
} from './design-repository.ts';
import { createTabChannel, TAB_ID, type TabChannel } from './tab-channel.ts';

// The designs kept in this browser and the one open in the editor: start-up (reopen the last
// design), autosave after every change, and the guard against two tabs overwriting each other.
// Every document read back from storage goes through the one load pipeline, like any file.

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'off';
export type Conflict = { kind: 'changed' | 'deleted' };

export type StorageState = {
  status: 'starting' | 'ready' | 'unavailable';
  /** Why storage is unavailable, or why the last save failed. */
  problem: string | null;
  save: SaveState;
  /** Another tab changed or deleted the open design: autosave waits for the person to choose. */
  conflict: Conflict | null;
  designs: readonly DesignSummary[];
};

export const useStorageStore = create<StorageState>()(() => ({
  status: 'starting', problem: null, save: 'off', conflict: null, designs: [],
}));

/** Autosave waits this long after the last change, so a drag or typing is one write. */
export const AUTOSAVE_DELAY_MS = 250;

let repository: DesignRepository | null = null;
let channel: TabChannel | null = null;
/** The stored version the open design was read or last saved as. */
let storedVersion = 0;
let savedRevision = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;

const setStorage = (patch: Partial<StorageState>) => useStorageStore.setState(patch);

/**
 * Opens browser storage and the design last worked on (or, on a first visit, the lab); a share
 * link in the address opens its design read-only instead.
 */
export async function startSession(): Promise<void> {
  addEventListener('hashchange', () => void openShareLink());
  const opened = await openDesignRepository(globalThis.indexedDB);
  if (!opened.ok) {
    setStorage({ status: 'unavailable', problem: opened.problem.message, save: 'off' });
    if (!(await openShareLink())) openTemplateInMemory(FIRST_TEMPLATE_ID);
    return;
  }
  repository = opened.repository;
  channel = createTabChannel();
  channel.subscribe((notice) => {
    const openId = useDesignStore.getState().designId;
    if (notice.designId !== openId) {
      void refreshList();
      return;
    }
    if (notice.type === 'deleted') setStorage({ conflict: { kind: 'deleted' } });
    else if (notice.version > storedVersion) setStorage({ conflict: { kind: 'changed' } });
  });
  useDesignStore.subscribe((state, before) => {
    if (state.revision !== before.revision && state.session === before.session) scheduleSave();
  });
  addEventListener('pagehide', () => void flushSave());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushSave();
  });
  setStorage({ status: 'ready', save: 'saved' });

  if (await openShareLink()) return;
  try {
    const lastId = await repository.getLastOpened();
    if (lastId && (await openStoredDesign(lastId))) return;
    const [newest] = await repository.list();
    if (newest && (await openStoredDesign(newest.id))) return;
    await createFromTemplate(FIRST_TEMPLATE_ID);
  } catch (error) {
    setStorage({ problem: describeStorageError(error) });
    openTemplateInMemory(FIRST_TEMPLATE_ID);
  }
}

/** Opens the design of a share link in the address, read-only; false when there is none. */
async function openShareLink(): Promise<boolean> {
  if (!isShareFragment(location.hash)) return false;
  const read = await readShareFragment(location.hash);
  if (!read.ok) {
    toast.error(read.message, { duration: 15_000 });
    history.replaceState(null, '', location.pathname + location.search);
    return false;
  }
  await flushSave();
  openInEditor(await placed(read.design), null, 0, true);
  return true;
}

/** Keeps the shared design that is open read-only as a new design of this browser. */
export async function saveSharedCopy(): Promise<void> {
  const { design, readOnly } = useDesignStore.getState();
  if (!design || !readOnly) return;
  history.replaceState(null, '', location.pathname + location.search);
  if (await createDesign(design)) toast.success('Saved a copy to your designs; you can edit it now.');
}

function openTemplateInMemory(templateId: string): void {
  const template = findTemplate(templateId);
  const loaded = template ? loadDesign(template.document) : null;
  if (loaded?.ok) openInEditor(loaded.design, null, 0);
}

function openInEditor(design: Design, designId: string | null, version: number, readOnly = false): void {
  storedVersion = version;
  useUiStore.getState().setSelection(EMPTY_SELECTION);
  useUiStore.getState().setHighlightedFlow(null);
  useDesignStore.getState().open(design, designId, readOnly);
  savedRevision = useDesignStore.getState().revision;
  setStorage({ conflict: null, save: designId ? 'saved' : 'off' });
  if (!readOnly && design.nodes.some((node) => node.position === undefined)) void arrangeUnplaced(design);
}

/** Where automatic layout puts every node (elkjs loads on first use). */
async function layoutPositions(design: Design) {
  const { layoutDesign } = await import('../layout/auto-layout.ts');
  return layoutDesign(design);
}

/** The design with every node placed: a read-only design cannot be arranged once it is open. */
async function placed(design: Design): Promise<Design> {
  if (design.nodes.every((node) => node.position !== undefined)) return design;
  const outcome = arrange.run({ design, selection: EMPTY_SELECTION }, { positions: await layoutPositions(design) });
  return outcome.status === 'changed' ? outcome.design : design;
}

/** Designs that arrive without positions are laid out once they are open, as an undoable tidy. */
async function arrangeUnplaced(design: Design): Promise<void> {
  const positions = await layoutPositions(design);
  if (useDesignStore.getState().design === design) runCommand(arrange, { positions });
}

/** Opens a stored design; false (with a message) when it cannot be read or is not a valid design. */
export async function openStoredDesign(id: string): Promise<boolean> {
  if (!repository) return false;
  await flushSave();
  const stored = await repository.get(id);
  if (!stored) return false;
  const loaded = loadDesign(stored.document);
  if (!loaded.ok) {
    setStorage({ problem: `“${stored.title}” could not be opened: ${loaded.errors.slice(0, 2).map(formatProblem).join('; ')}` });
    return false;
  }
  openInEditor(loaded.design, stored.id, stored.version);
  await repository.setLastOpened(stored.id);
  await refreshList();
  return true;
}

/** Creates a design from a template (or any document), stores it and opens it. */
export async function createFromTemplate(templateId: string): Promise<void> {
  const template = findTemplate(templateId);
  if (template) await createDesign(template.document);
}

export async function createDesign(document: unknown): Promise<boolean> {
  const loaded = loadDesign(document);
  if (!loaded.ok) return false;
  if (!repository) {
    openInEditor(loaded.design, null, 0);
    return true;
  }
  await flushSave();
  try {
    const stored = await repository.create({ title: loaded.design.title || 'Untitled design', document: loaded.design });
    openInEditor(loaded.design, stored.id, stored.version);
    await repository.setLastOpened(stored.id);
    await refreshList();
  } catch (error) {
    setStorage({ problem: describeStorageError(error), save: 'failed' });
    openInEditor(loaded.design, null, 0);
  }
  return true;
}

export async function refreshList(): Promise<void> {
  if (!repository) return;
  try {
    setStorage({ designs: await repository.list() });
  } catch (error) {
    setStorage({ problem: describeStorageError(error) });
  }
}

export async function renameStoredDesign(id: string, title: string): Promise<void> {
  if (!repository) return;
  if (id === useDesignStore.getState().designId) {
    // The open design is renamed through the editor, so the change is undoable and autosaved.
    runCommand(updateDesign, { title });
    await flushSave();
  } else {
    const renamed = await repository.rename(id, title);
    if (renamed) channel?.announce({ type: 'saved', designId: id, version: renamed.version, tabId: TAB_ID });
  }
  await refreshList();
}

export async function duplicateStoredDesign(id: string): Promise<void> {
  if (!repository) return;
  await flushSave();
  const original = await repository.get(id);
  if (!original) return;
  await repository.duplicate(id, `${original.title} (copy)`);
  await refreshList();
}

/** Deletes a stored design; deleting the open one opens the most recent other (or a new one). */
export async function deleteStoredDesign(id: string): Promise<void> {
  if (!repository) return;
  const wasOpen = id === useDesignStore.getState().designId;
  if (wasOpen) cancelSave();
  await repository.remove(id);
  channel?.announce({ type: 'deleted', designId: id, tabId: TAB_ID });
  await refreshList();
  if (!wasOpen) return;
  const next = useStorageStore.getState().designs[0];
  if (!next || !(await openStoredDesign(next.id))) await createFromTemplate('empty');
}

/** Conflict resolution: take what the other tab saved. */
export async function reloadFromStorage(): Promise<void> {
  const id = useDesignStore.getState().designId;
  cancelSave();
  if (id && (await openStoredDesign(id))) return;
  setStorage({ conflict: { kind: 'deleted' } });
}

/** Conflict resolution: keep this tab's version as a new design beside the other tab's. */
export async function keepMineAsCopy(): Promise<void> {
  const design = useDesignStore.getState().design;
  if (!design) return;
  cancelSave();
  await createDesign({ ...design, title: `${design.title || 'Untitled design'} (this tab)` });
}

function cancelSave(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

function scheduleSave(): void {
  if (!repository || !useDesignStore.getState().designId) return;
  cancelSave();
  setStorage({ save: 'pending' });
  timer = setTimeout(() => void flushSave(), AUTOSAVE_DELAY_MS);
}

/** Writes the open design now if it has unsaved changes (also on leaving the page). */
export async function flushSave(): Promise<void> {
  cancelSave();
  if (saving) await saving;
  const { design, designId, revision } = useDesignStore.getState();
  if (!repository || !design || !designId || revision === savedRevision) return;
  if (useStorageStore.getState().conflict) return;
  const repo = repository;
  saving = (async () => {
    setStorage({ save: 'saving' });
    const outcome = await repo.save(designId, { title: design.title || 'Untitled design', document: design }, storedVersion);
    // The design may have been switched meanwhile; only the one saved is affected.
    if (outcome.ok) {
      if (useDesignStore.getState().designId === designId) {
        storedVersion = outcome.version;
        savedRevision = revision;
      }
      channel?.announce({ type: 'saved', designId, version: outcome.version, tabId: TAB_ID });
      const stillDirty = useDesignStore.getState().revision !== savedRevision;
      setStorage({ save: stillDirty ? 'pending' : 'saved', problem: null });
      if (stillDirty) scheduleSave();
      void refreshList();
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
