import { useEffect } from 'react';
import { useUiStore } from '../store/ui-store.ts';
import { dismissOfflineReady, postponeUpdate, reloadIntoUpdate, useOfflineStore } from './offline-store.ts';

// The service worker's two messages, in a corner at the bottom of the screen, never in the way:
// "Ready to work offline" once, quietly, going by itself and letting clicks through; and, when a new
// version is waiting, a small card with Reload and Later that takes no focus and blocks nothing.
// While presenting, the card waits until the presentation ends, and "Ready to work offline" is not
// shown: it would sit on the presentation's controls.

/** How long "Ready to work offline" stays. */
const OFFLINE_READY_MS = 5000;

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-500/40 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';
const PRIMARY =
  'rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white shadow-xs hover:bg-sky-800 focus-visible:ring-2 focus-visible:ring-sky-500/40 focus-visible:outline-none';

/** What goes in App's polite live region (kept in the page so that it is announced), loaded when there is something to say. */
export function UpdateMessages() {
  const ready = useOfflineStore((s) => s.offlineReady);
  const update = useOfflineStore((s) => s.update);
  const presenting = useUiStore((s) => s.presenting);

  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(dismissOfflineReady, OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [ready]);

  const prompting = update !== 'none' && !presenting;
  return (
    <>
      {prompting ? (
        <section
          aria-label="New version"
          className="pointer-events-auto w-96 max-w-full rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm text-slate-800 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <p>A new version of FastPath Designer is ready. Reload to use it.</p>
          <div className="mt-3 flex justify-end gap-2">
            <button type="button" className={BUTTON} onClick={postponeUpdate}>
              Later
            </button>
            <button type="button" className={PRIMARY} onClick={() => void reloadIntoUpdate()}>
              Reload
            </button>
          </div>
        </section>
      ) : null}
      {ready && !prompting && !presenting ? (
        <p className="rounded-full bg-slate-800 px-4 py-1.5 text-sm text-white shadow-md dark:bg-slate-700">
          Ready to work offline
        </p>
      ) : null}
    </>
  );
}
