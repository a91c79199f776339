import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { TEMPLATES } from '../io/templates.ts';
import {
  createFromTemplate,
  deleteStoredDesign,
  duplicateStoredDesign,
  openStoredDesign,
  renameStoredDesign,
  useStorageStore,
} from '../persistence/session.ts';
import type { DesignSummary } from '../persistence/design-repository.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { Dialog } from './Dialog.tsx';

// The designs kept in this browser: create from a template, open, rename, duplicate, delete.

const SMALL =
  'rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800';

/** How long the browser keeps these designs, as far as it has told us (navigator.storage.persist). */
const KEEPING = {
  true: 'The browser has agreed to keep these designs until you delete them or clear this site’s data.',
  false:
    'This browser may clear these designs on its own (for example when a private window closes or disk space runs low): export the ones you want to keep.',
  null: 'These designs are kept in this browser only: clearing site data removes them, so export the ones you want to keep.',
} as const;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function DesignsDialog() {
  const open = useUiStore((s) => s.dialog === 'designs');
  const setDialog = useUiStore((s) => s.setDialog);
  const { designs, status, problem, persistent } = useStorageStore(
    useShallow((s) => ({ designs: s.designs, status: s.status, problem: s.problem, persistent: s.persistent })),
  );
  const openId = useDesignStore((s) => s.designId);
  const close = () => setDialog(null);

  return (
    <Dialog open={open} title="Designs" onClose={close} wide>
      <section aria-label="New design">
        <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
          Start a new design
        </h3>
        <ul className="grid gap-2 sm:grid-cols-2">
          {TEMPLATES.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className="w-full rounded-lg border border-slate-200 px-3 py-2 text-left hover:border-sky-400 hover:bg-sky-50 dark:border-slate-700 dark:hover:bg-slate-800"
                onClick={() => {
                  void createFromTemplate(template.id);
                  close();
                }}
              >
                <span className="block text-sm font-medium">{template.name}</span>
                <span className="block text-xs text-slate-500 dark:text-slate-400">{template.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-label="Saved designs" className="mt-6">
        <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
          Saved in this browser
        </h3>
        {status === 'unavailable' ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            Browser storage is not available here ({problem}). Designs stay open in this tab only.
          </p>
        ) : (
          <>
            <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">
              {KEEPING[String(persistent) as keyof typeof KEEPING]}
            </p>
            {designs.length === 0 ? (
              <p className="text-sm text-slate-500 dark:text-slate-400">No saved designs yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
                {designs.map((design) => (
                  <DesignRow key={design.id} design={design} isOpen={design.id === openId} onOpened={close} />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </Dialog>
  );
}

function DesignRow({ design, isOpen, onOpened }: { design: DesignSummary; isOpen: boolean; onOpened: () => void }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const [title, setTitle] = useState(design.title);
  return (
    <li className="flex items-center gap-3 px-3 py-2" aria-label={design.title}>
      {mode === 'rename' ? (
        <form
          className="flex flex-1 gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim()) void renameStoredDesign(design.id, title.trim());
            setMode('view');
          }}
        >
          <input
            aria-label="New name"
            autoFocus
            value={title}
            maxLength={500}
            onChange={(event) => setTitle(event.target.value)}
            className="flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
          />
          <button type="submit" className={SMALL}>
            Save
          </button>
          <button type="button" className={SMALL} onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <button
            type="button"
            className="min-w-0 flex-1 text-left"
            onClick={() => {
              void openStoredDesign(design.id);
              onOpened();
            }}
          >
            <span className="block truncate text-sm font-medium">
              {design.title}
              {isOpen ? (
                <span className="ml-2 rounded bg-sky-100 px-1.5 text-[10px] font-semibold text-sky-800 dark:bg-sky-900 dark:text-sky-100">
                  OPEN
                </span>
              ) : null}
            </span>
            <span className="block text-xs text-slate-500 dark:text-slate-400">
              Changed {when.format(design.updatedAt)}
            </span>
          </button>
          {mode === 'confirmDelete' ? (
            <span className="flex items-center gap-1 text-xs">
              Delete for good?
              <button
                type="button"
                className={`${SMALL} text-red-700!`}
                onClick={() => void deleteStoredDesign(design.id)}
              >
                Delete
              </button>
              <button type="button" className={SMALL} onClick={() => setMode('view')}>
                Keep
              </button>
            </span>
          ) : (
            <span className="flex gap-1">
              <button
                type="button"
                className={SMALL}
                onClick={() => {
                  setTitle(design.title);
                  setMode('rename');
                }}
                aria-label={`Rename ${design.title}`}
              >
                Rename
              </button>
              <button
                type="button"
                className={SMALL}
                onClick={() => void duplicateStoredDesign(design.id)}
                aria-label={`Duplicate ${design.title}`}
              >
                Duplicate
              </button>
              <button
                type="button"
                className={SMALL}
                onClick={() => setMode('confirmDelete')}
                aria-label={`Delete ${design.title}`}
              >
                Delete
              </button>
            </span>
          )}
        </>
      )}
    </li>
  );
}
