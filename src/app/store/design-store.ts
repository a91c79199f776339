import { create } from 'zustand';
import type { Design } from '../../engine/index.ts';
import type { Selection } from './selection.ts';
import { EMPTY_HISTORY, record, redo, undo, type History, type Snapshot } from './history.ts';

// The document store: the open design, its revision and its undo history. Only document state
// lives here (it is what gets saved, undone and evaluated); selection, tools and panels live in
// ui-store. Commands never touch this store directly: editor.ts runs them and applies the result.

export type DesignState = {
  design: Design | null;
  /** The design's id in browser storage; null while it is not stored (storage unavailable). */
  designId: string | null;
  /** Grows on every change to the document; evaluation and autosave key on it. */
  revision: number;
  /** Grows when another design is opened: a fresh viewport and a fresh history. */
  session: number;
  history: History;
  /** A shared design opened from a link: shown, never changed or stored (save a copy to edit). */
  readOnly: boolean;
  /** Replaces the open design (from storage, a template, an import); the history starts afresh. */
  open: (design: Design, designId: string | null, readOnly?: boolean) => void;
  /** Records `before` in the history and makes `design` current. */
  commit: (design: Design, before: Snapshot, coalesceKey?: string) => void;
  /** Steps back; returns the selection to restore, or null when there is nothing to undo. */
  undo: (selection: Selection) => Selection | null;
  redo: (selection: Selection) => Selection | null;
  /** The storage id was assigned after the design was opened (first save of a new design). */
  setDesignId: (designId: string | null) => void;
  /**
   * Takes the design as others changed it (a live session): current, without an undo step, since
   * undoing it is not this person's to do.
   */
  receive: (design: Design) => void;
  /** Where undo and redo go instead of the history (a live session undoes only one's own changes). */
  undoSource: UndoSource | null;
  setUndoSource: (source: UndoSource | null) => void;
};

/** Undo and redo kept elsewhere; each says whether there was a step to take. */
export type UndoSource = { undo: () => boolean; redo: () => boolean };

export const useDesignStore = create<DesignState>()((set, get) => ({
  design: null,
  designId: null,
  revision: 0,
  session: 0,
  history: EMPTY_HISTORY,
  readOnly: false,
  open(design, designId, readOnly = false) {
    set((s) => ({
      design,
      designId,
      readOnly,
      revision: s.revision + 1,
      session: s.session + 1,
      history: EMPTY_HISTORY,
    }));
  },
  commit(design, before, coalesceKey) {
    set((s) => ({ design, revision: s.revision + 1, history: record(s.history, before, coalesceKey, Date.now()) }));
  },
  undo(selection) {
    const source = get().undoSource;
    if (source) return source.undo() ? selection : null;
    return step(get, set, undo, selection);
  },
  redo(selection) {
    const source = get().undoSource;
    if (source) return source.redo() ? selection : null;
    return step(get, set, redo, selection);
  },
  setDesignId(designId) {
    set({ designId });
  },
  receive(design) {
    set((s) => ({ design, revision: s.revision + 1 }));
  },
  undoSource: null,
  setUndoSource(source) {
    set({ undoSource: source });
  },
}));

type Step = typeof undo;

function step(
  get: () => DesignState,
  set: (partial: Partial<DesignState>) => void,
  move: Step,
  selection: Selection,
): Selection | null {
  const { design, history, revision } = get();
  if (!design) return null;
  const stepped = move(history, { design, selection });
  if (!stepped) return null;
  set({ design: stepped.snapshot.design, history: stepped.history, revision: revision + 1 });
  return stepped.snapshot.selection;
}
