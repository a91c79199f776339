import { create } from 'zustand';
import type { DesignSummary } from './design-repository.ts';
import type { VersionSummary } from './version-repository.ts';

// What the screen is told about keeping designs: whether storage works, whether the open design is
// saved, whether another tab got in the way, and the designs kept in this browser. The persistence
// session writes it; the header, the banners and the designs list read it.

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
  /** The versions of the design `of`, newest first, as the Versions panel last read them. */
  versions: { of: string | null; list: readonly VersionSummary[] };
  /** A version open read-only in the editor: which one, of which design. */
  viewing: { designId: string; designTitle: string; versionId: string; label: string } | null;
};

/** A store of its own for every session, so tests start from nothing without reloading modules. */
export function createStorageStore() {
  return create<StorageState>()(() => ({
    status: 'starting',
    problem: null,
    save: 'off',
    conflict: null,
    designs: [],
    persistent: null,
    versions: { of: null, list: [] },
    viewing: null,
  }));
}

/** The page's storage store: the session startSession builds writes it. */
export const useStorageStore = createStorageStore();
