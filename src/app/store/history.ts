import type { Design } from '../../engine/index.ts';
import type { Selection } from './selection.ts';

// Undo and redo as plain data. Documents are immutable, so a snapshot is just a reference: an
// untouched node is shared by every snapshot that contains it.

export type Snapshot = { readonly design: Design; readonly selection: Selection };

export type History = {
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
  /** The coalesce key of the last recorded change and when it happened. */
  readonly lastKey: string | null;
  readonly lastAt: number;
};

export const HISTORY_LIMIT = 200;
/** Edits with the same key this close together are one undo step (typing a name). */
export const COALESCE_MS = 1500;

export const EMPTY_HISTORY: History = { past: [], future: [], lastKey: null, lastAt: 0 };

/** Records that the document is about to change from `before`. */
export function record(history: History, before: Snapshot, key: string | undefined, now: number): History {
  if (key !== undefined && key === history.lastKey && now - history.lastAt < COALESCE_MS) {
    return { ...history, future: [], lastAt: now };
  }
  const past = [...history.past, before];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], lastKey: key ?? null, lastAt: now };
}

export function undo(history: History, current: Snapshot): { history: History; snapshot: Snapshot } | null {
  const snapshot = history.past.at(-1);
  if (!snapshot) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, current], lastKey: null, lastAt: 0 },
    snapshot,
  };
}

export function redo(history: History, current: Snapshot): { history: History; snapshot: Snapshot } | null {
  const snapshot = history.future.at(-1);
  if (!snapshot) return null;
  return {
    history: { past: [...history.past, current], future: history.future.slice(0, -1), lastKey: null, lastAt: 0 },
    snapshot,
  };
}
