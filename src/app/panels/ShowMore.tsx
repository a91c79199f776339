import { useState } from 'react';

// Long lists (flows, findings, the text view's sections) are shown a page at a time: ten thousand
// rows are ten thousand elements for the browser to style and lay out, and to keep in step with
// every frame of a drag on the canvas beside them. A button asks for the next page.

/** The first `limit` items, growing a page at a time; `reset` goes back to one page (a new filter). */
export function usePaged<T>(items: readonly T[], page: number) {
  const [limit, setLimit] = useState(page);
  const shown = items.length > limit ? items.slice(0, limit) : items;
  return {
    shown,
    hidden: items.length - shown.length,
    more: () => setLimit((before) => before + page),
    reset: () => setLimit(page),
  };
}

/** "Show 200 more (800 not shown)", or nothing when everything is shown. */
export function ShowMore({ hidden, page, onMore }: { hidden: number; page: number; onMore: () => void }) {
  if (hidden <= 0) return null;
  return (
    <button
      type="button"
      onClick={onMore}
      className="mt-2 w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
    >
      Show {Math.min(page, hidden).toLocaleString('en')} more ({hidden.toLocaleString('en')} not shown)
    </button>
  );
}
