import { useEffect, useState } from 'react';

// What follows from an edit or an answer, but is not the edit itself (the side panels' rows, the
// canvas's colours, the inspector's long lists), renders in a task of its own after the one that
// brought the change has painted. The app renders with Preact, which renders each update at once
// and in full: React's useDeferredValue would be the same value in the same task there.

/**
 * `value` as of one task later. Values that change faster than that are skipped: only the latest
 * one is rendered. `initial` is what the first render shows (by default `value` itself, at once).
 */
export function useLaterValue<T>(value: T, initial: T = value): T {
  const [later, setLater] = useState<{ value: T }>(() => ({ value: initial }));
  useEffect(() => {
    if (Object.is(later.value, value)) return;
    const timer = setTimeout(() => setLater({ value }), 0);
    return () => clearTimeout(timer);
  }, [value, later]);
  return later.value;
}
