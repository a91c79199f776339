import { useEffect, useRef, useState } from 'react';
import { leaveLiveSession } from '../../live/live-lazy.ts';
import { useLiveStore } from '../../live/live-store.ts';
import { roomLink } from '../../live/room-link.ts';
import { useReviewerStore } from '../../store/reviewer-store.ts';

// The live session's link to share, who is in the room, and the way out. Leaving keeps the
// design open here, as this browser's own copy.

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-500/40 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

const NOTE = 'text-xs text-slate-600 dark:text-slate-300';

export function LiveDialog() {
  const shown = useLiveStore((s) => s.linkShown);
  const room = useLiveStore((s) => s.room);
  const status = useLiveStore((s) => s.status);
  const others = useLiveStore((s) => s.others);
  const myId = useLiveStore((s) => s.me);
  const me = useReviewerStore((s) => s.name) || 'Guest';
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (shown && room && !element.open) element.show();
    if ((!shown || !room) && element.open) element.close();
  }, [shown, room]);
  const close = () => useLiveStore.setState({ linkShown: false });
  const link = room ? roomLink(location.href, room) : '';
  return (
    <dialog
      ref={dialog}
      aria-label="Live session"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      className="fixed top-20 right-5 left-auto z-50 m-0 w-96 rounded-xl border border-slate-200 bg-white p-4 text-slate-800 shadow-2xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 className="text-base font-semibold">Live session</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        {status === 'live'
          ? 'Whoever opens this link joins the design and edits it with you.'
          : status === 'offline'
            ? 'The connection is lost. Keep editing: your changes merge when it is back.'
            : 'Connecting to the session…'}
      </p>
      <div className="mt-3 flex gap-2">
        <input
          readOnly
          aria-label="Room link"
          value={link}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className={BUTTON}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <h3 className="mt-4 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Here now ({others.length + 1})
      </h3>
      <ul aria-label="People in the session" className="mt-1 space-y-1 text-sm">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="size-2.5 rounded-full bg-slate-400" />
          {me} (you)
        </li>
        {others.map((person) => (
          <li key={person.id} className="flex items-center gap-2">
            <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: person.colour }} />
            {person.name}
            {person.present ? <span className={NOTE}>presenting</span> : null}
            {myId !== null && person.following === myId ? <span className={NOTE}>follows you</span> : null}
          </li>
        ))}
      </ul>
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" className={BUTTON} onClick={leaveLiveSession}>
          Leave session
        </button>
        <button type="button" className={BUTTON} onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
