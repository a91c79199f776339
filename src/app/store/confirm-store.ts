import { create } from 'zustand';

// Questions the app must ask before it acts (drop unsaved changes? reopen a design that froze the
// tab?), answered in the in-app ConfirmDialog. Each question is a promise of the chosen action's
// id, so the code that asks reads straight on; questions asked together are shown one at a time.

export type ConfirmAction<Id extends string = string> = { readonly id: Id; readonly label: string };

export type ConfirmQuestion<Id extends string = string> = {
  /** The dialog's accessible name. */
  readonly title: string;
  readonly message: string;
  readonly actions: readonly ConfirmAction<Id>[];
  /** The choice that loses nothing: it has the focus first, and Escape picks it. */
  readonly safe: Id;
};

type Pending = ConfirmQuestion & { readonly answer: (id: string) => void };

export type ConfirmState = { current: Pending | null; queue: readonly Pending[] };

export const useConfirmStore = create<ConfirmState>()(() => ({ current: null, queue: [] }));

export function askToConfirm<Id extends string>(question: ConfirmQuestion<Id>): Promise<Id> {
  return new Promise<Id>((resolve) => {
    const pending: Pending = { ...question, answer: (id) => resolve(id as Id) };
    useConfirmStore.setState((s) => (s.current ? { queue: [...s.queue, pending] } : { current: pending }));
  });
}

/** Answers the question on screen with one of its actions' ids, and brings up the next question. */
export function answerConfirm(id: string): void {
  const { current, queue } = useConfirmStore.getState();
  if (!current || !current.actions.some((action) => action.id === id)) return;
  const [next = null, ...rest] = queue;
  useConfirmStore.setState({ current: next, queue: rest });
  current.answer(id);
}
