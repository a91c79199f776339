import { useDesignStore } from '../store/design-store.ts';
import { localStorageOrNull } from './local-storage.ts';

// A design that freezes or crashes the tab while it opens would freeze it again on every start,
// since start-up reopens the last design. So the id is written down before a stored design opens
// and crossed out only once the canvas has drawn it: a marker still there at the next start names a
// design that did not finish opening, and the person is asked before it is tried again.

export const OPENING_KEY = 'fastpath-designer:opening';

export function markOpening(designId: string): void {
  try {
    localStorageOrNull()?.setItem(OPENING_KEY, designId);
  } catch {
    // Without the marker a freezing design is merely not detected; opening goes on.
  }
}

export function openingMarker(): string | null {
  try {
    return localStorageOrNull()?.getItem(OPENING_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Crosses out the marker, only if it still names this design (another open may have replaced it). */
export function clearOpening(designId: string | null): void {
  if (designId === null || openingMarker() !== designId) return;
  try {
    localStorageOrNull()?.removeItem(OPENING_KEY);
  } catch {
    // A marker that stays means one needless question at the next start.
  }
}

/**
 * Crosses out the marker after two frames and a task: only a tab that is still responsive gets
 * there. A hidden tab draws no frames, so its marker waits until it is shown (or the page hides).
 */
export function clearOpeningOnceDrawn(designId: string): void {
  const frame =
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (run: () => void) => setTimeout(run, 16);
  frame(() => frame(() => setTimeout(() => clearOpening(designId), 0)));
}

/** For the canvas to call after it has drawn its first frame of the open design. */
export function markDesignDrawn(): void {
  clearOpening(useDesignStore.getState().designId);
}
