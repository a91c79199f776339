import { create } from 'zustand';

// Who is reviewing: the name put on the notes and decisions this browser records. Asked once,
// when the first one is made, and kept in the browser (never in a design it did not sign).

const REVIEWER_KEY = 'fastpath-designer.reviewer';

export type ReviewerState = {
  name: string;
  /** What waits for the name: the decision or note that asked for it. Null when nobody is asked. */
  waiting: ((name: string) => void) | null;
};

function savedName(): string {
  try {
    return globalThis.localStorage?.getItem(REVIEWER_KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

export const useReviewerStore = create<ReviewerState>()(() => ({ name: savedName(), waiting: null }));

/** Runs `then` with the reviewer's name, asking for it first if this browser does not know it yet. */
export function withReviewer(then: (name: string) => void): void {
  const { name } = useReviewerStore.getState();
  if (name) then(name);
  else useReviewerStore.setState({ waiting: then });
}

/** The name was given: kept, and whatever waited for it goes ahead. */
export function setReviewerName(name: string): void {
  const trimmed = name.trim().slice(0, 200);
  if (!trimmed) return;
  try {
    globalThis.localStorage?.setItem(REVIEWER_KEY, trimmed);
  } catch {
    // Not kept across visits; this visit still signs with it.
  }
  const { waiting } = useReviewerStore.getState();
  useReviewerStore.setState({ name: trimmed, waiting: null });
  waiting?.(trimmed);
}

/** The question was dismissed: nothing is recorded. */
export function cancelReviewerQuestion(): void {
  useReviewerStore.setState({ waiting: null });
}
