import { useId, useRef, useState } from 'react';
import type { DesignSummary } from '../../persistence/design-repository.ts';
import { designCount, foldForSearch, matchingDesigns } from './design-search.ts';
import { DesignRow, SMALL_BUTTON } from './DesignRow.tsx';

// The designs kept in this browser, most recently changed first, with a search by name above them.
// Escape in a search box with text clears it; only an empty box lets Escape close the dialog.

export function SavedDesigns({
  designs,
  openId,
  onOpened,
}: {
  designs: readonly DesignSummary[];
  openId: string | null;
  onOpened: () => void;
}) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const search = useRef<HTMLInputElement>(null);
  if (designs.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No saved designs yet.</p>;

  const searching = foldForSearch(query) !== '';
  const shown = matchingDesigns(designs, query);
  const clear = () => {
    setQuery('');
    search.current?.focus();
  };

  return (
    <>
      <div className="mb-2 flex items-center gap-3">
        <label htmlFor={searchId} className="sr-only">
          Search saved designs
        </label>
        <input
          ref={search}
          id={searchId}
          type="search"
          value={query}
          placeholder="Search by name"
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || query === '') return;
            // The first Escape clears the search; the dialog stays open.
            event.preventDefault();
            event.stopPropagation();
            setQuery('');
          }}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
        />
        <p role="status" className="shrink-0 text-xs text-slate-500 tabular-nums dark:text-slate-400">
          {designCount(shown.length, designs.length, searching)}
        </p>
      </div>
      {shown.length === 0 ? (
        <div className="flex items-center gap-2 rounded-lg border border-dashed border-slate-300 px-3 py-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
          <p className="min-w-0 flex-1 break-words">No design matches “{query.trim()}”.</p>
          <button type="button" className={SMALL_BUTTON} onClick={clear}>
            Clear search
          </button>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
          {shown.map((design) => (
            <DesignRow key={design.id} design={design} isOpen={design.id === openId} onOpened={onOpened} />
          ))}
        </ul>
      )}
    </>
  );
}
