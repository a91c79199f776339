import { useState, type ReactNode } from 'react';
import { MAX_NOTE_TEXT, type Note } from '../../../engine/index.ts';
import { runCommand } from '../../commands/editor.ts';
import { addNote, removeNote, updateNote } from '../../commands/notes.ts';
import { READ_ONLY_DECISION } from '../../canvas/present-controls.ts';
import { noteTime } from '../../review/notes.ts';
import { useDesignStore } from '../../store/design-store.ts';
import { withReviewer } from '../../store/reviewer-store.ts';
import { whenText } from '../present/decision-look.tsx';

// The notes on one thing (a node, an edge, a flow or the design itself) and a box to add one.
// Note text is only ever rendered as React text, so nothing typed is read as markup.

const SMALL_BUTTON =
  'rounded px-1.5 py-0.5 text-[11px] font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-700 dark:hover:text-white';
const PRIMARY =
  'rounded-md bg-sky-700 px-2.5 py-1 text-xs font-semibold text-white hover:bg-sky-800 disabled:opacity-40';
const TEXTAREA =
  'block w-full resize-y rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800 shadow-xs focus:border-sky-500 focus:ring-2 focus:ring-sky-500/30 focus:outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

export type NotePinTarget = { nodeId: string } | { edgeId: string } | Record<string, never>;

type ThreadProps = {
  notes: readonly Note[];
  /** What a new note is pinned to; empty for a note on the design. */
  pin: NotePinTarget;
  /** "this VM", "flow #3", "the design": what the add box says the note is about. */
  about: string;
};

/** The notes of one thing, oldest first, and a box to add another. */
export function NoteThread({ notes, pin, about }: ThreadProps) {
  return (
    <section aria-label={`Notes on ${about}`} className="mt-4">
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Notes {notes.length > 0 ? <span className="font-normal">{notes.length}</span> : null}
      </h3>
      {notes.length > 0 ? (
        <ul className="mt-2 space-y-2">
          {notes.map((note) => (
            <li key={note.id}>
              <NoteCard note={note} />
            </li>
          ))}
        </ul>
      ) : null}
      <AddNote pin={pin} about={about} />
    </section>
  );
}

/** One note: who wrote it and when, its text, and editing it in place. */
export function NoteCard({ note, context }: { note: Note; context?: ReactNode }) {
  const [editing, setEditing] = useState(false);
  const readOnly = useDesignStore((s) => s.readOnly);
  const time = noteTime(note);
  return (
    <article
      aria-label={`Note by ${note.author || 'someone'}`}
      className="rounded-lg border border-amber-200 bg-amber-50/70 px-2.5 py-2 dark:border-amber-900/60 dark:bg-amber-950/30"
    >
      <header className="flex items-center gap-1.5 text-[11px] text-slate-500 dark:text-slate-400">
        <span className="font-semibold text-slate-700 dark:text-slate-200">{note.author || 'Someone'}</span>
        {time ? (
          <time dateTime={time} title={time}>
            · {whenText(time)}
            {note.updatedAt ? ' (edited)' : ''}
          </time>
        ) : null}
        {editing || readOnly ? null : (
          <span className="ml-auto flex gap-0.5">
            <button type="button" className={SMALL_BUTTON} onClick={() => setEditing(true)}>
              Edit
            </button>
            <button
              type="button"
              className={SMALL_BUTTON}
              onClick={() => runCommand(removeNote, { id: note.id })}
              title="Delete this note (Ctrl+Z brings it back)"
            >
              Delete
            </button>
          </span>
        )}
      </header>
      {context}
      {editing ? (
        <NoteEditor
          initial={note.text}
          label="Edit the note"
          submit="Save"
          onCancel={() => setEditing(false)}
          onSubmit={(text) => {
            const outcome = runCommand(updateNote, { id: note.id, text, at: new Date().toISOString() });
            if (outcome.status !== 'refused') setEditing(false);
          }}
        />
      ) : (
        <p className="mt-1 text-sm break-words whitespace-pre-wrap text-slate-800 dark:text-slate-100">{note.text}</p>
      )}
    </article>
  );
}

function AddNote({ pin, about }: { pin: NotePinTarget; about: string }) {
  const readOnly = useDesignStore((s) => s.readOnly);
  // Keyed by a counter, so a note added starts the next one from an empty box.
  const [round, setRound] = useState(0);
  if (readOnly) {
    return <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">{READ_ONLY_DECISION}</p>;
  }
  return (
    <NoteEditor
      key={round}
      initial=""
      label={`Add a note on ${about}`}
      submit="Add note"
      onSubmit={(text) =>
        withReviewer((author) => {
          const outcome = runCommand(addNote, { text, author, at: new Date().toISOString(), ...pin });
          if (outcome.status === 'changed') setRound((n) => n + 1);
        })
      }
    />
  );
}

function NoteEditor(props: {
  initial: string;
  label: string;
  submit: string;
  onSubmit: (text: string) => void;
  onCancel?: () => void;
}) {
  const { initial, label, submit, onSubmit, onCancel } = props;
  const [text, setText] = useState(initial);
  const blank = text.trim() === '';
  return (
    <form
      className="mt-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!blank) onSubmit(text);
      }}
    >
      <textarea
        aria-label={label}
        placeholder={onCancel ? undefined : 'Add a note… (Ctrl+Enter adds it)'}
        value={text}
        rows={onCancel ? 3 : 2}
        maxLength={MAX_NOTE_TEXT}
        autoFocus={onCancel !== undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            if (!blank) onSubmit(text);
          } else if (event.key === 'Escape' && onCancel) {
            event.stopPropagation();
            onCancel();
          }
        }}
        className={TEXTAREA}
      />
      {blank && !onCancel ? null : (
        <div className="mt-1.5 flex justify-end gap-1.5">
          {onCancel ? (
            <button type="button" className={SMALL_BUTTON} onClick={onCancel}>
              Cancel
            </button>
          ) : null}
          <button type="submit" className={PRIMARY} disabled={blank}>
            {submit}
          </button>
        </div>
      )}
    </form>
  );
}
