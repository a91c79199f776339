import { useEffect, useId, useRef } from 'react';
import { answerConfirm, useConfirmStore } from '../store/confirm-store.ts';

// The app's questions (see confirm-store.ts) as a modal on the native <dialog>: focus stays inside,
// the choice that loses nothing has it first, and Escape picks that choice.

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-500/40 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

export function ConfirmDialog() {
  const question = useConfirmStore((s) => s.current);
  const dialog = useRef<HTMLDialogElement>(null);
  const safeButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (question && !element.open) element.showModal();
    if (!question && element.open) element.close();
    // showModal focuses the first button; the safe one is wanted, also when a queued question follows.
    if (question) safeButton.current?.focus();
  }, [question]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        if (question) answerConfirm(question.safe);
      }}
      // Browsers may close a modal on a repeated Escape even when cancel is prevented: that is the safe choice too.
      // (The close event is queued: by then another question may have reopened the dialog.)
      onClose={() => {
        const current = useConfirmStore.getState().current;
        if (current && !dialog.current?.open) answerConfirm(current.safe);
      }}
      className="m-auto w-full max-w-lg rounded-xl border border-slate-200 bg-white p-0 text-slate-800 shadow-2xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {question ? (
        <div className="px-5 py-4">
          <h2 id={titleId} className="text-base font-semibold">
            {question.title}
          </h2>
          <p id={messageId} className="mt-2 text-sm text-slate-600 dark:text-slate-300">
            {question.message}
          </p>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            {question.actions.map((action) => (
              <button
                key={action.id}
                type="button"
                ref={action.id === question.safe ? safeButton : undefined}
                className={BUTTON}
                onClick={() => answerConfirm(action.id)}
              >
                {action.label}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
