import { useState } from 'react';
import type { DesignSummary } from '../../persistence/design-repository.ts';
import {
  deleteStoredDesign,
  duplicateStoredDesign,
  openStoredDesign,
  renameStoredDesign,
} from '../../persistence/session.ts';
import { DesignThumbnail } from './DesignThumbnail.tsx';

// One design in the saved designs list: its thumbnail and name open it; rename (any name the person
// types, even one another design has), duplicate, and delete after asking.

export const SMALL_BUTTON =
  'rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function DesignRow({
  design,
  isOpen,
  onOpened,
}: {
  design: DesignSummary;
  isOpen: boolean;
  onOpened: () => void;
}) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const [title, setTitle] = useState(design.title);
  return (
    <li className="flex items-center gap-3 px-3 py-2" aria-label={design.title}>
      {mode === 'rename' ? (
        <form
          className="flex flex-1 gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim()) void renameStoredDesign(design.id, title.trim());
            setMode('view');
          }}
        >
          <input
            aria-label="New name"
            autoFocus
            value={title}
            maxLength={500}
            onChange={(event) => setTitle(event.target.value)}
            className="flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
          />
          <button type="submit" className={SMALL_BUTTON}>
            Save
          </button>
          <button type="button" className={SMALL_BUTTON} onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <button
            type="button"
            className="flex min-w-0 flex-1 items-center gap-3 text-left"
            onClick={() => {
              void openStoredDesign(design.id);
              onOpened();
            }}
          >
            <DesignThumbnail design={design} />
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-medium">
                {design.title}
                {isOpen ? (
                  <span className="ml-2 rounded bg-sky-100 px-1.5 text-[10px] font-semibold text-sky-800 dark:bg-sky-900 dark:text-sky-100">
                    OPEN
                  </span>
                ) : null}
              </span>
              <span className="block text-xs text-slate-500 dark:text-slate-400">
                Changed {when.format(design.updatedAt)}
              </span>
            </span>
          </button>
          {mode === 'confirmDelete' ? (
            <span className="flex items-center gap-1 text-xs">
              Delete for good?
              <button
                type="button"
                className={`${SMALL_BUTTON} text-red-700!`}
                onClick={() => void deleteStoredDesign(design.id)}
              >
                Delete
              </button>
              <button type="button" className={SMALL_BUTTON} onClick={() => setMode('view')}>
                Keep
              </button>
            </span>
          ) : (
            <span className="flex gap-1">
              <button
                type="button"
                className={SMALL_BUTTON}
                onClick={() => {
                  setTitle(design.title);
                  setMode('rename');
                }}
                aria-label={`Rename ${design.title}`}
              >
                Rename
              </button>
              <button
                type="button"
                className={SMALL_BUTTON}
                onClick={() => void duplicateStoredDesign(design.id)}
                aria-label={`Duplicate ${design.title}`}
              >
                Duplicate
              </button>
              <button
                type="button"
                className={SMALL_BUTTON}
                onClick={() => setMode('confirmDelete')}
                aria-label={`Delete ${design.title}`}
              >
                Delete
              </button>
            </span>
          )}
        </>
      )}
    </li>
  );
}
