import { useShallow } from 'zustand/react/shallow';
import { keepMineAsCopy, reloadFromStorage, saveSharedCopy, useStorageStore } from '../persistence/session.ts';
import { useDesignStore } from '../store/design-store.ts';

// Problems with keeping the design: storage unavailable or failing, or another tab's changes.

const BUTTON = 'rounded-md bg-white px-2.5 py-1 text-xs font-semibold shadow-xs ring-1 ring-current/30 hover:bg-white/80 dark:bg-slate-900';

/** A shared design is open read-only: say so, and offer to keep a copy. */
export function SharedBanner() {
  const readOnly = useDesignStore((s) => s.readOnly);
  if (!readOnly) return null;
  return (
    <div role="status" aria-label="Shared design" className="flex flex-wrap items-center gap-3 border-b border-sky-200 bg-sky-50 px-5 py-2 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100">
      <span className="flex-1">You are looking at a shared design, read-only. Nothing you do here changes it or is saved.</span>
      <button type="button" className={BUTTON} onClick={() => void saveSharedCopy()}>
        Save a copy
      </button>
    </div>
  );
}

export function StorageBanner() {
  const { status, problem, save, conflict } = useStorageStore(
    useShallow((s) => ({ status: s.status, problem: s.problem, save: s.save, conflict: s.conflict })),
  );
  if (conflict) {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 border-b border-amber-300 bg-amber-50 px-5 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
        <span className="flex-1">
          {conflict.kind === 'changed'
            ? 'This design was changed in another tab. Autosave is paused here so neither tab overwrites the other.'
            : 'This design was deleted in another tab. Autosave is paused here.'}
        </span>
        {conflict.kind === 'changed' ? (
          <button type="button" className={BUTTON} onClick={() => void reloadFromStorage()}>Reload the other tab’s version</button>
        ) : null}
        <button type="button" className={BUTTON} onClick={() => void keepMineAsCopy()}>Keep this tab’s version as a new design</button>
      </div>
    );
  }
  if (status === 'unavailable' || save === 'failed') {
    return (
      <div role="alert" className="border-b border-red-200 bg-red-50 px-5 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
        {status === 'unavailable' ? 'Designs cannot be kept in this browser' : 'The last change could not be saved'}: {problem} Your design stays open in
        this tab; export it before closing the tab to keep it.
      </div>
    );
  }
  if (problem) {
    return (
      <div role="alert" className="border-b border-amber-200 bg-amber-50 px-5 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
        {problem}
      </div>
    );
  }
  return null;
}

const SAVE_WORDS = { saved: 'Saved in this browser', pending: 'Unsaved changes…', saving: 'Saving…', failed: 'Not saved', off: 'Not saved (no storage)' } as const;

/** A quiet word in the header on whether the latest change is kept. */
export function SaveIndicator() {
  const save = useStorageStore((s) => s.save);
  const dot = save === 'saved' ? 'bg-green-500' : save === 'failed' || save === 'off' ? 'bg-red-500' : 'bg-amber-400';
  return (
    <span className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400" data-save-state={save}>
      <span className={`size-1.5 rounded-full ${dot}`} aria-hidden="true" />
      {SAVE_WORDS[save]}
    </span>
  );
}
