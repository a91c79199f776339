import { useState } from 'react';
import { cancelReviewerQuestion, setReviewerName, useReviewerStore } from '../store/reviewer-store.ts';
import { Dialog } from './Dialog.tsx';

// Asked once, before the first decision or note or on joining a live session: the name they are
// signed with and shown by.

export function ReviewerDialog() {
  const asking = useReviewerStore((s) => s.waiting !== null);
  return (
    <Dialog open={asking} title="Your name for the review" onClose={cancelReviewerQuestion}>
      {asking ? <NameForm /> : null}
    </Dialog>
  );
}

function NameForm() {
  const [name, setName] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setReviewerName(name);
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Decisions and notes are signed with it, so the report says who decided what, and in a live session the others
        see it beside your pointer. It is kept in this browser.
      </p>
      <label className="mt-3 block text-sm font-medium">
        Name
        <input
          autoFocus
          type="text"
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-800"
        />
      </label>
      <div className="mt-4 flex justify-end gap-2">
        <button
          type="button"
          onClick={cancelReviewerQuestion}
          className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 dark:ring-slate-600 dark:hover:bg-slate-800"
        >
          Cancel
        </button>
        <button
          type="submit"
          disabled={!name.trim()}
          className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-40"
        >
          Save and continue
        </button>
      </div>
    </form>
  );
}
