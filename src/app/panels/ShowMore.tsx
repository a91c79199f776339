import { useEffect, useMemo, useState } from 'react';

// Long lists (flows, findings, the text view's sections) are shown a page at a time: ten thousand
// rows are ten thousand elements for the browser to style and lay out, and to keep in step with
// every frame of a drag on the canvas beside them. A button asks for the next page. A page is
// itself drawn a slice of rows per task, so a list arriving with a design never holds input up
// for the time it takes to lay out two hundred rows at once.

/** Rows drawn per task while a page fills. */
export const ROWS_PER_TASK = 50;

/** The first `limit` items, growing a page at a time; `reset` goes back to one page (a new filter). */
export function usePaged<T>(items: readonly T[], page: number) {
  const [limit, setLimit] = useState(page);
  const [drawn, setDrawn] = useState(Math.min(page, ROWS_PER_TASK));
  const wanted = Math.min(limit, items.length);
  const filling = drawn < wanted;
  useEffect(() => {
    if (!filling) return;
    const timer = setTimeout(() => setDrawn((before) => before + ROWS_PER_TASK), 0);
    return () => clearTimeout(timer);
  }, [filling, drawn]);
  const upTo = Math.min(limit, drawn);
  // The same array while the page is: the rows below compare it by identity (useSteppedRows).
  const shown = useMemo(() => (items.length > upTo ? items.slice(0, upTo) : items), [items, upTo]);
  return {
    shown,
    hidden: Math.max(0, items.length - limit),
    more: () => setLimit((before) => before + page),
    reset: () => setLimit(page),
  };
}
/**
 * The rows to draw, as new ones replace those drawn, a slice per task from the top: when a design's
 * verdicts arrive, each of two hundred rows changes at once, and restyling them all is a long task.
 * Rows in a new order, or a list of a new length, are taken at once. Pure: a closure holds what is
 * drawn.
 */
export function createRowStepper<T extends { id: string }>(step: number) {
  let from: readonly T[] = [];
  let to: readonly T[] = [];
  let upTo = Infinity;
  const now = (): readonly T[] => (upTo >= to.length ? to : [...to.slice(0, upTo), ...from.slice(upTo)]);
  return {
    /** What to draw now, `rows` being the newest. */
    take(rows: readonly T[]): readonly T[] {
      if (rows === to) return now();
      const drawn = now();
      const sameOrder = drawn.length === rows.length && rows.every((row, i) => row.id === drawn[i]?.id);
      const changed = sameOrder && rows.some((row, i) => row !== drawn[i]);
      from = changed ? drawn : rows;
      to = rows;
      upTo = changed ? step : Infinity;
      return now();
    },
    /** Whether some rows drawn are not the newest yet. */
    stepping: (): boolean => upTo < to.length,
    /** One more slice of the newest rows. */
    next(): void {
      upTo += step;
    },
  };
}

/** `rows` as drawn: a change reaches them a slice per task (createRowStepper). */
export function useSteppedRows<T extends { id: string }>(rows: readonly T[]): readonly T[] {
  const [stepper] = useState(() => createRowStepper<T>(ROWS_PER_TASK));
  const [slices, setSlices] = useState(0);
  // `slices` is what changes when the stepper has moved on: the rows drawn are taken again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const drawn = useMemo(() => stepper.take(rows), [stepper, rows, slices]);
  const stepping = stepper.stepping();
  useEffect(() => {
    if (!stepping) return;
    const timer = setTimeout(() => {
      stepper.next();
      setSlices((n) => n + 1);
    }, 0);
    return () => clearTimeout(timer);
  }, [stepper, stepping, slices]);
  return drawn;
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
