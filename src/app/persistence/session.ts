import { toast } from 'sonner';
import { create } from 'zustand';
import { formatProblem, loadDesign, type Design } from '../../engine/index.ts';
import { useDesignStore, type DesignState } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { arrange } from '../commands/arrange.ts';
import { runCommand } from '../commands/editor.ts';
import { EMPTY_SELECTION } from '../commands/types.ts';
import { updateDesign } from '../commands/update-design.ts';
import { loadDesignOffThread, loadsInPlace } from '../io/off-thread.ts';
import { isShareFragment, readShareFragment } from '../io/share-link.ts';
import { EMPTY_TEMPLATE, FIRST_TEMPLATE_ID, findTemplate } from '../io/templates.ts';
import {
  describeStorageError,
  openDesignRepository,
  UNTITLED,
  type DesignRepository,
  type DesignSummary,
  type StoredDesign,
} from './design-repository.ts';
import { clearOpening, clearOpeningOnceDrawn, markOpening, openingMarker } from './opening-marker.ts';
import { isStoragePersisted, requestPersistentStorage } from './persistent-storage.ts';
import { dropStaleRecoverySlots, removeRecoverySlot, writeRecoverySlot } from './recovery.ts';
import { recoveredNotice, recoveryFor } from './recovery-at-open.ts';
import { askAboutUnfinishedOpen, askAboutUnsavedChanges, askAboutUnstoredChanges } from './session-questions.ts';
import { createTabChannel, TAB_ID, type TabChannel } from './tab-channel.ts';

// The designs kept in this browser and the one open in the editor: start-up (reopen the last
// design), autosave after every change, and the guard against two tabs overwriting each other.
// Every document read back from storage goes through the one load pipeline, like any file.
// No edit is lost without the person being told: unsaved edits also go to a synchronous recovery
// slot (recovery.ts), leaving the page with unsaved work asks first, and a design that could not be
// stored is reported as such, never as saved.

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
  /** Whether the browser agreed not to clear our storage on its own; null until it has been asked. */
  persistent: boolean | null;
};

export const useStorageStore = create<StorageState>()(() => ({
  status: 'starting',
  problem: null,
  save: 'off',
  conflict: null,
  designs: [],
  persistent: null,
}));

/** What storing a new design came to: `stored` false with `opened` true means it lives only in this tab. */
export type CreateResult = {
  opened: boolean;
  stored: boolean;
  /** Why it was not stored, or not opened. */
  problem?: string;
  /** The person chose not to leave the open design (see mayReplaceOpenDesign). */
  cancelled?: boolean;
};

/** Autosave waits this long after the last change, so a drag or typing is one write. */
export const AUTOSAVE_DELAY_MS = 250;

const RECOVERED_NOTICE_MS = 10_000;
const NOT_STORED_NOTICE_MS = 10_000;

let repository: DesignRepository | null = null;
let channel: TabChannel | null = null;
/** The stored version the open design was read or last saved as. */
let storedVersion = 0;
let savedRevision = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;
/** Cleared for a design too large to serialise on every edit: its slot is then written on leaving only. */
let recoveryOnEveryEdit = true;
let recoveryQueued = false;
let persistenceAsked = false;
let sharedCopy: Promise<void> | null = null;

const setStorage = (patch: Partial<StorageState>) => useStorageStore.setState(patch);

/**
 * Opens browser storage and the design last worked on (or, on a first visit, the lab); a share
 * link in the address opens its design read-only instead.
 */
export async function startSession(): Promise<void> {
  addEventListener('hashchange', () => void openShareLink());
  addEventListener('beforeunload', warnBeforeLeaving);
  addEventListener('pagehide', () => {
    // Events run, so the tab is not frozen: a design still marked as opening did open.
    clearOpening(useDesignStore.getState().designId);
    leavePage();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leavePage();
  });
  useDesignStore.subscribe(onDesignChange);

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
  setStorage({ status: 'ready', save: 'saved' });
  void isStoragePersisted().then((persisted) => {
    if (persisted) setStorage({ persistent: true });
  });

  if (await openShareLink()) return;
  try {
    const designs = await repository.list();
    setStorage({ designs });
    dropStaleRecoverySlots(designs);
    const lastId = await repository.getLastOpened();
    const candidates = [...new Set([lastId, designs[0]?.id].filter((id): id is string => id !== undefined))];
    for (const id of candidates) if (await openAtStart(id, designs)) return;
    await storeAndOpen(findTemplate(FIRST_TEMPLATE_ID)?.document, { askToPersist: false });
  } catch (error) {
    setStorage({ problem: describeStorageError(error) });
    openTemplateInMemory(FIRST_TEMPLATE_ID);
  }
}

/** Opens a stored design at start, unless it did not finish opening last time: then the person decides. */
async function openAtStart(id: string, designs: readonly DesignSummary[]): Promise<boolean> {
  if (openingMarker() !== id) return openStored(id);
  const title = designs.find((design) => design.id === id)?.title || UNTITLED;
  switch (await askAboutUnfinishedOpen(title)) {
    case 'open':
      return openStored(id);
    case 'list':
      // The marker stays: reloading without choosing asks again.
      useUiStore.getState().setDialog('designs');
      return true;
    case 'empty':
      await storeAndOpen(EMPTY_TEMPLATE.document);
      return true;
  }
}

/** Opens the design of a share link in the address, read-only; false when there is none. */
async function openShareLink(): Promise<boolean> {
  if (!isShareFragment(location.hash)) return false;
  if (!(await mayReplaceOpenDesign('Opening the shared design discards them.'))) return false;
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

/**
 * Keeps the shared design that is open read-only as a new design of this browser. A second call
 * while the first is under way gets the same promise, so a double click stores one copy.
 */
export function saveSharedCopy(): Promise<void> {
  sharedCopy ??= keepSharedCopy().finally(() => {
    sharedCopy = null;
  });
  return sharedCopy;
}

async function keepSharedCopy(): Promise<void> {
  const { design, readOnly } = useDesignStore.getState();
  if (!design || !readOnly) return;
  const result = await storeAndOpen(design);
  if (!result.opened) {
    toast.error(`The copy could not be opened: ${result.problem ?? 'unknown problem'}`);
  } else if (result.stored) {
    // The link has served its purpose; reloading should reopen the copy, not the read-only original.
    history.replaceState(null, '', location.pathname + location.search);
    toast.success('Saved a copy to your designs; you can edit it now.');
  } else {
    toast.warning(
      notStoredMessage(`Opened an editable copy of “${design.title || UNTITLED}” in this tab`, result.problem),
      {
        duration: NOT_STORED_NOTICE_MS,
      },
    );
  }
}

/** "Opened “X”, but it could not be saved in this browser: <problem> Export it to keep it." */
export function notStoredMessage(opened: string, problem: string | undefined): string {
  const reason = (problem ?? 'browser storage is unavailable').trim();
  return `${opened}, but it could not be saved in this browser: ${/[.!?]$/.test(reason) ? reason : `${reason}.`} Export it to keep it.`;
}

function openTemplateInMemory(templateId: string): void {
  const template = findTemplate(templateId);
  const loaded = template ? loadDesign(template.document) : null;
  if (loaded?.ok) openInEditor(loaded.design, null, 0);
}

function openInEditor(design: Design, designId: string | null, version: number, readOnly = false): void {
  storedVersion = version;
  recoveryOnEveryEdit = true;
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
  if (!(await mayReplaceOpenDesign('Opening another design discards them.'))) return false;
  return openStored(id);
}

async function openStored(id: string): Promise<boolean> {
  if (!repository) return false;
  await flushSave();
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
    const title = `${recovered.design.title || UNTITLED} (recovered)`;
    const result = await storeAndOpen({ ...recovered.design, title });
    if (result.opened) {
      if (result.stored) removeRecoverySlot(stored.id);
      toast.info(
        `${recoveredNotice(stored.title, recovered.savedAt)} “${stored.title}” was saved elsewhere since, so they are kept as a new design, “${title}”.`,
        { duration: RECOVERED_NOTICE_MS },
      );
      if (!result.stored)
        toast.warning(notStoredMessage(`Opened “${title}”`, result.problem), { duration: NOT_STORED_NOTICE_MS });
      return true;
    }
  }
  openInEditor(loaded.design, stored.id, stored.version);
  if (recovered && recovered.baseVersion === stored.version) {
    // One undoable change on top of the stored version: Ctrl+Z shows what was stored. Autosave follows.
    useDesignStore.getState().commit(recovered.design, { design: loaded.design, selection: EMPTY_SELECTION });
    toast.info(recoveredNotice(stored.title, recovered.savedAt), { duration: RECOVERED_NOTICE_MS });
  }
  clearOpeningOnceDrawn(stored.id);
  await repository.setLastOpened(stored.id);
  await refreshList();
  return true;
}

/**
 * How a design is kept: small ones as they are, large ones as JSON text. Reading back a structured
 * clone of tens of thousands of objects held the screen for a frame or more; text is read back at
 * once and checked in the loader worker (see off-thread.ts).
 */
function storedForm(design: Design): unknown {
  return loadsInPlace(design) ? design : JSON.stringify(design);
}

/** Creates a design from a template, stores it and opens it. */
export async function createFromTemplate(templateId: string): Promise<void> {
  const template = findTemplate(templateId);
  if (!template) return;
  const result = await createDesign(template.document);
  if (result.opened && !result.stored) {
    toast.warning(notStoredMessage(`Opened “${template.name}”`, result.problem), { duration: NOT_STORED_NOTICE_MS });
  }
}

/**
 * Stores a document as a new design and opens it, saying truthfully whether it was stored. The
 * caller tells the person; a design opened but not stored also shows as not saved in the header.
 */
export async function createDesign(document: unknown): Promise<CreateResult> {
  if (!(await mayReplaceOpenDesign('Opening another design discards them.')))
    return { opened: false, stored: false, cancelled: true };
  return storeAndOpen(document);
}

/** `askToPersist`: storing is the person's own work (not the lab a first visit starts with). */
async function storeAndOpen(document: unknown, { askToPersist = true } = {}): Promise<CreateResult> {
  const loaded = await loadDesignOffThread(document);
  if (!loaded.ok)
    return { opened: false, stored: false, problem: loaded.errors.slice(0, 2).map(formatProblem).join('; ') };
  if (!repository) {
    openInEditor(loaded.design, null, 0);
    return { opened: true, stored: false, problem: useStorageStore.getState().problem ?? undefined };
  }
  await flushSave();
  let stored: StoredDesign;
  try {
    stored = await repository.create({ title: loaded.design.title || UNTITLED, document: storedForm(loaded.design) });
  } catch (error) {
    const problem = describeStorageError(error);
    openInEditor(loaded.design, null, 0);
    setStorage({ problem, save: 'failed' });
    return { opened: true, stored: false, problem };
  }
  markOpening(stored.id);
  openInEditor(loaded.design, stored.id, stored.version);
  clearOpeningOnceDrawn(stored.id);
  if (askToPersist) void askForPersistence();
  try {
    await repository.setLastOpened(stored.id);
  } catch {
    // The design is stored; only which design the next start reopens is not remembered.
  }
  await refreshList();
  return { opened: true, stored: true };
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
  if (id === useDesignStore.getState().designId && !(await mayReplaceOpenDesign('Deleting the design discards them.')))
    return;
  // Asked again: keeping the changes as a new design has opened that one instead.
  const wasOpen = id === useDesignStore.getState().designId;
  if (wasOpen) cancelSave();
  await repository.remove(id);
  removeRecoverySlot(id);
  channel?.announce({ type: 'deleted', designId: id, tabId: TAB_ID });
  await refreshList();
  if (!wasOpen) return;
  const next = useStorageStore.getState().designs[0];
  if (!next || !(await openStored(next.id))) await storeAndOpen(EMPTY_TEMPLATE.document);
}

/** Conflict resolution: take what the other tab saved. */
export async function reloadFromStorage(): Promise<void> {
  const id = useDesignStore.getState().designId;
  cancelSave();
  // This tab's edits are dropped on purpose, so they must not come back as a recovery.
  if (id) removeRecoverySlot(id);
  if (id && (await openStored(id))) return;
  setStorage({ conflict: { kind: 'deleted' } });
}

/** Conflict resolution: keep this tab's version as a new design beside the other tab's. */
export async function keepMineAsCopy(): Promise<void> {
  await keepMine();
}

async function keepMine(): Promise<CreateResult> {
  const { design, designId } = useDesignStore.getState();
  if (!design) return { opened: false, stored: false };
  cancelSave();
  const title = `${design.title || UNTITLED} (this tab)`;
  const result = await storeAndOpen({ ...design, title });
  if (result.stored) {
    // The edits live on in the new design; the old slot would only bring them back a second time.
    if (designId) removeRecoverySlot(designId);
    toast.success(`Kept this tab’s version as “${title}”.`);
  } else if (result.opened) {
    toast.warning(notStoredMessage(`Opened “${title}”`, result.problem), { duration: NOT_STORED_NOTICE_MS });
  }
  return result;
}

/**
 * Before anything replaces the open design: edits autosave cannot write (another tab's change has
 * paused it, or the design is not stored at all) are dropped only if the person says so. False when
 * they cancel (or keeping the edits as a new design did not store them, so it stays open to be exported).
 */
async function mayReplaceOpenDesign(consequence: string): Promise<boolean> {
  const { design, designId, revision, readOnly } = useDesignStore.getState();
  if (!design || readOnly || revision === savedRevision) return true;
  const title = design.title || UNTITLED;
  const { conflict } = useStorageStore.getState();
  if (conflict) {
    const choice = await askAboutUnsavedChanges(title, conflict, consequence);
    if (choice === 'cancel') return false;
    if (choice === 'keep') return (await keepMine()).stored;
    if (designId) removeRecoverySlot(designId);
    return true;
  }
  // A save that failed (storage full) left the edits in this tab and, at best, its recovery slot.
  if (useStorageStore.getState().save === 'failed') {
    keepRecovery('leave');
    return (await askAboutUnstoredChanges(title, consequence)) === 'discard';
  }
  // A design that could not be stored lives only in this tab: replacing it loses it for good.
  if (!designId) return (await askAboutUnstoredChanges(title, consequence)) === 'discard';
  return true;
}

/**
 * Whether leaving the page now would lose work: a save not yet written or refused, edits paused
 * by a conflict, or edits to a design that is kept nowhere but this tab. A read-only shared design
 * is never changed, so it has nothing to lose.
 */
export function hasUnsavedWork(): boolean {
  const { design, designId, revision, readOnly } = useDesignStore.getState();
  if (!design || readOnly) return false;
  const { save, conflict } = useStorageStore.getState();
  const edited = revision !== savedRevision;
  if (!designId) return edited || save === 'failed';
  return save === 'pending' || save === 'saving' || save === 'failed' || (conflict !== null && edited);
}

/** beforeunload: the browser's own "Leave site?" question, only when there is work to lose. */
export function warnBeforeLeaving(event: BeforeUnloadEvent): void {
  if (!hasUnsavedWork()) return;
  event.preventDefault();
  // Older Chrome and Safari ignore preventDefault and ask only when returnValue is set.
  event.returnValue = true;
}

/** Leaving or hiding the page: the recovery slot first (synchronous, so it is done), then the real save. */
function leavePage(): void {
  keepRecovery('leave');
  void flushSave();
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

/**
 * Writes the open design's recovery slot if it has unsaved changes. A read-only shared design is
 * never stored, and a design without an id has no stored record to recover onto: neither gets one.
 */
function keepRecovery(reason: 'edit' | 'leave'): void {
  const { design, designId, revision, readOnly } = useDesignStore.getState();
  if (!design || !designId || readOnly || revision === savedRevision) return;
  if (reason === 'edit' && !recoveryOnEveryEdit) return;
  const written = writeRecoverySlot({
    designId,
    baseVersion: storedVersion,
    savedAt: Date.now(),
    title: design.title || UNTITLED,
    document: design,
  });
  if (!written.cheap) recoveryOnEveryEdit = false;
}

/** Asks once per page, when the person has stored work of their own, that the browser keep it. */
async function askForPersistence(): Promise<void> {
  if (persistenceAsked) return;
  persistenceAsked = true;
  const persistent = await requestPersistentStorage();
  if (persistent !== null) setStorage({ persistent });
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
  // Two callers may both be waiting: each waits until no save is running, so neither reuses a stale version.
  while (saving) await saving;
  const { design, designId, revision } = useDesignStore.getState();
  if (!repository || !design || !designId || revision === savedRevision) return;
  if (useStorageStore.getState().conflict) return;
  const repo = repository;
  saving = (async () => {
    setStorage({ save: 'saving' });
    const outcome = await repo.save(
      designId,
      { title: design.title || UNTITLED, document: storedForm(design) },
      storedVersion,
    );
    // The design may have been switched meanwhile; only the one saved is affected.
    if (outcome.ok) {
      channel?.announce({ type: 'saved', designId, version: outcome.version, tabId: TAB_ID });
      void askForPersistence();
      void refreshList();
      if (useDesignStore.getState().designId !== designId) return;
      storedVersion = outcome.version;
      savedRevision = revision;
      const stillDirty = useDesignStore.getState().revision !== savedRevision;
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
