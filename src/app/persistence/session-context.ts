import type { StoreApi } from 'zustand';
import type { Design, Position } from '../../engine/index.ts';
import type { Command } from '../commands/types.ts';
import { loadsInPlace } from '../io/off-thread.ts';
import type { DesignState } from '../store/design-store.ts';
import type { UiState } from '../store/ui-store.ts';
import { describeStorageError, type DesignRepository, type OpenResult } from './design-repository.ts';
import type { StartChoice, UnsavedChoice } from './session-questions.ts';
import type { Conflict, StorageState } from './storage-store.ts';
import type { TabChannel } from './tab-channel.ts';
import type { VerdictCounts } from './version-repository.ts';

// What the parts of one persistence session (opening, autosave, conflicts, …) share: the things it
// was given, and the one record of what the open design was last read or saved as.

/** The toasts the session shows; store/notices.ts's `toast` in the page. */
export type Notify = Record<
  'success' | 'info' | 'warning' | 'error',
  (message: string, options?: { duration?: number }) => void
>;

/** The page's address, where share links arrive. */
export type Address = {
  /** The fragment: `#share=…` for a share link. */
  hash(): string;
  /** Drops the fragment without a new history entry, so reloading no longer opens the link. */
  clearHash(): void;
  /** A live session's room link (`?live=…`): the room's design opens once it is joined. */
  joinsRoom?(): boolean;
};

/** The questions of session-questions.ts, asked before the session could lose work. */
export type SessionQuestions = {
  askAboutUnsavedChanges(title: string, conflict: Conflict, consequence: string): Promise<UnsavedChoice>;
  askAboutUnstoredChanges(title: string, consequence: string): Promise<'discard' | 'cancel'>;
  askAboutUnfinishedOpen(title: string): Promise<StartChoice>;
};

export type SessionStores = {
  design: Pick<StoreApi<DesignState>, 'getState' | 'subscribe'>;
  ui: Pick<StoreApi<UiState>, 'getState'>;
  storage: StoreApi<StorageState>;
};

export type SessionDeps = {
  /** What opening IndexedDB came to (openDesignRepository): the repository, or why there is none. */
  database: OpenResult;
  /** How this tab hears other tabs' saves and deletions; null when storage is unavailable. */
  channel: TabChannel | null;
  stores: SessionStores;
  /** The clock recovery slots are stamped with. */
  now: () => number;
  address: Address;
  notify: Notify;
  questions: SessionQuestions;
  /** Where automatic layout puts every node of a design that arrives without positions. */
  layout: (design: Design) => Promise<ReadonlyMap<string, Position>>;
  /** Runs an editor command on the open design of `stores.design` (commands/editor.ts). */
  runCommand: <Args>(command: Command<Args>, args: Args) => unknown;
  /** A design's flows by verdict, for the versions list (the worker's count in the page); absent: not counted. */
  countVerdicts?: (design: Design) => Promise<VerdictCounts | undefined>;
  /** navigator.storage's persist() and persisted(), as persistent-storage.ts asks them. */
  persistentStorage: { isPersisted(): Promise<boolean | null>; request(): Promise<boolean | null> };
};

/** What the open design was last read or saved as; anything the design store holds beyond that is unsaved. */
export type OpenRecord = {
  /** The stored version the open design was read or last saved as. */
  storedVersion: number;
  /** The design store's revision at that moment. */
  savedRevision: number;
  /** Cleared for a design too large to serialise on every edit: its slot is then written on leaving only. */
  recoveryOnEveryEdit: boolean;
};

export type SessionContext = SessionDeps & {
  repository: DesignRepository | null;
  openDesign: OpenRecord;
  setStorage(patch: Partial<StorageState>): void;
  refreshList(): Promise<void>;
};

export function createContext(deps: SessionDeps): SessionContext {
  const repository = deps.database.ok ? deps.database.repository : null;
  const setStorage = (patch: Partial<StorageState>) => deps.stores.storage.setState(patch);
  return {
    ...deps,
    repository,
    openDesign: { storedVersion: 0, savedRevision: 0, recoveryOnEveryEdit: true },
    setStorage,
    async refreshList() {
      if (!repository) return;
      try {
        setStorage({ designs: await repository.list() });
      } catch (error) {
        setStorage({ problem: describeStorageError(error) });
      }
    },
  };
}

export const RECOVERED_NOTICE_MS = 10_000;
export const NOT_STORED_NOTICE_MS = 10_000;

/** "Opened “X”, but it could not be saved in this browser: <problem> Export it to keep it." */
export function notStoredMessage(opened: string, problem: string | undefined): string {
  const reason = (problem ?? 'browser storage is unavailable').trim();
  return `${opened}, but it could not be saved in this browser: ${/[.!?]$/.test(reason) ? reason : `${reason}.`} Export it to keep it.`;
}

/**
 * How a design is kept: small ones as they are, large ones as JSON text. Reading back a structured
 * clone of tens of thousands of objects held the screen for a frame or more; text is read back at
 * once and checked in the loader worker (see off-thread.ts).
 */
export function storedForm(design: Design): unknown {
  return loadsInPlace(design) ? design : JSON.stringify(design);
}
