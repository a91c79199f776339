import { useEffect, useLayoutEffect, useState } from 'react';

// What follows from an edit or an answer, but is not the edit itself (the side panels' rows, the
// canvas's colours, the inspector's long lists), renders in a task of its own after the one that
// brought the change. The app renders with Preact, which renders each update at once and in full:
// React's useDeferredValue would be the same value in the same task there.

/**
 * When the later render comes: `afterPaint`, once the change's own render has been painted (an
 * edit shows at once, whatever follows it); `nextTask`, in the task right after (before the paint,
 * when the browser has time): for what has nothing of its own to show first, such as an answer's
 * colours after the answer's status.
 */
export type Later = 'afterPaint' | 'nextTask';

/**
 * `value` as of one task later. Values that change faster than that are skipped: only the latest
 * one is rendered. `initial` is what the first render shows (by default `value` itself, at once).
 */
export function useLaterValue<T>(value: T, initial: T = value, when: Later = 'afterPaint'): T {
  const [later, setLater] = useState<{ value: T }>(() => ({ value: initial }));
  const behind = !Object.is(later.value, value);
  // Preact runs effects after the next frame, layout effects as the render ends: both hooks are
  // called every render, and the one asked for schedules the later render.
  useEffect(() => {
    if (!behind || when !== 'afterPaint') return;
    const timer = setTimeout(() => setLater({ value }), 0);
    return () => clearTimeout(timer);
  }, [behind, value, when]);
  useLayoutEffect(() => {
    if (!behind || when !== 'nextTask') return;
    const timer = setTimeout(() => setLater({ value }), 0);
    return () => clearTimeout(timer);
  }, [behind, value, when]);
  return later.value;
}
