import { useShallow } from 'zustand/react/shallow';
import { TEMPLATES } from '../io/templates.ts';
import { createFromTemplate, useStorageStore } from '../persistence/session.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { Dialog } from './Dialog.tsx';
import { SavedDesigns } from './designs/SavedDesigns.tsx';

// The designs kept in this browser: create from a template; find one by name, open, rename,
// duplicate, delete (designs/). A new design is named apart from the stored ones (`lab (2)`).

/** How long the browser keeps these designs, as far as it has told us (navigator.storage.persist). */
const KEEPING = {
  true: 'The browser has agreed to keep these designs until you delete them or clear this site’s data.',
  false:
    'This browser may clear these designs on its own (for example when a private window closes or disk space runs low): export the ones you want to keep.',
  null: 'These designs are kept in this browser only: clearing site data removes them, so export the ones you want to keep.',
} as const;

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
            <SavedDesigns designs={designs} openId={openId} onOpened={close} />
          </>
        )}
      </section>
    </Dialog>
  );
}
