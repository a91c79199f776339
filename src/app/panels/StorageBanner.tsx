import { useShallow } from 'zustand/react/shallow';
import { exportOpenDesign } from '../persistence/design-files.ts';
import {
  closeVersion,
  keepMineAsCopy,
  reloadFromStorage,
  restoreVersion,
  saveSharedCopy,
  useStorageStore,
} from '../persistence/session.ts';
import { useDesignStore } from '../store/design-store.ts';
import { saveWords } from './save-words.ts';

// Problems with keeping the design: storage unavailable or failing, or another tab's changes.
// Whenever the design is not kept, Export JSON is one click away.

const BUTTON =
  'rounded-md bg-white px-2.5 py-1 text-xs font-semibold shadow-xs ring-1 ring-current/30 hover:bg-white/80 dark:bg-slate-900';

/** A shared design is open read-only: say so, and offer to keep a copy. */
export function SharedBanner() {
  const readOnly = useDesignStore((s) => s.readOnly);
  const viewing = useStorageStore((s) => s.viewing);
  if (!readOnly) return null;
  if (viewing) {
    return (
      <div
        role="status"
        aria-label="Version open read-only"
        className="flex flex-wrap items-center gap-3 border-b border-sky-200 bg-sky-50 px-5 py-2 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100"
      >
        <span className="flex-1">
          You are looking at the version “{viewing.label}” of “{viewing.designTitle}”, read-only.
        </span>
        <button type="button" className={BUTTON} onClick={() => void restoreVersion(viewing.versionId)}>
          Restore this version
        </button>
        <button type="button" className={BUTTON} onClick={() => void closeVersion()}>
          Back to the design
        </button>
      </div>
    );
  }
  return (
    <div
      role="status"
      aria-label="Shared design"
      className="flex flex-wrap items-center gap-3 border-b border-sky-200 bg-sky-50 px-5 py-2 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100"
    >
      <span className="flex-1">
        You are looking at a shared design, read-only. Nothing you do here changes it or is saved.
      </span>
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
  const stored = useDesignStore((s) => s.designId !== null);
  if (conflict) {
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-3 border-b border-amber-300 bg-amber-50 px-5 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
      >
        <span className="flex-1">
          {conflict.kind === 'changed'
            ? 'This design was changed in another tab. Autosave is paused here so neither tab overwrites the other.'
            : 'This design was deleted in another tab. Autosave is paused here.'}
        </span>
        {conflict.kind === 'changed' ? (
          <button type="button" className={BUTTON} onClick={() => void reloadFromStorage()}>
            Reload the other tab’s version
          </button>
        ) : null}
        <button type="button" className={BUTTON} onClick={() => void keepMineAsCopy()}>
          Keep this tab’s version as a new design
        </button>
        <ExportButton />
      </div>
    );
  }
  if (status === 'unavailable' || save === 'failed') {
    const heading =
      status === 'unavailable'
        ? 'Designs cannot be kept in this browser'
        : stored
          ? 'The last change could not be saved'
          : 'This design is not saved in this browser';
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-3 border-b border-red-200 bg-red-50 px-5 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
      >
        <span className="flex-1">
          {heading}: {problem} Your design stays open in this tab; export it before closing the tab to keep it.
        </span>
        <ExportButton />
      </div>
    );
  }
  if (problem) {
    return (
      <div
        role="alert"
        className="border-b border-amber-200 bg-amber-50 px-5 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100"
      >
        {problem}
      </div>
    );
  }
  return null;
}

function ExportButton() {
  const hasDesign = useDesignStore((s) => s.design !== null);
  if (!hasDesign) return null;
  return (
    <button type="button" className={BUTTON} onClick={exportOpenDesign}>
      Export JSON
    </button>
  );
}

const DOT = { good: 'bg-green-500', warn: 'bg-amber-400', bad: 'bg-red-500' } as const;

/** A quiet word in the header on whether the latest change is kept, and how surely. */
export function SaveIndicator() {
  const { save, persistent, conflict } = useStorageStore(
    useShallow((s) => ({ save: s.save, persistent: s.persistent, conflict: s.conflict !== null })),
  );
  const readOnly = useDesignStore((s) => s.readOnly);
  const words = saveWords(save, persistent, { readOnly, conflict });
  return (
    <span
      className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400"
      data-save-state={save}
      title={words.title}
    >
      <span className={`size-1.5 rounded-full ${DOT[words.tone]}`} aria-hidden="true" />
      {words.text}
    </span>
  );
}
