import { displayKey, shortcutSheet } from '../canvas/actions.ts';
import { useUiStore } from '../store/ui-store.ts';
import { Dialog } from './Dialog.tsx';

const SECTIONS = shortcutSheet();
const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="flex shrink-0 gap-1">
      {keys.map((key) => (
        <kbd
          key={key}
          className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-sans text-xs text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200"
        >
          {displayKey(key, MAC)}
        </kbd>
      ))}
    </span>
  );
}

/** Every shortcut, read from the action table the keyboard handler and the toolbar use. */
export function ShortcutSheet() {
  const open = useUiStore((s) => s.dialog === 'shortcuts');
  const setDialog = useUiStore((s) => s.setDialog);
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={() => setDialog(null)} wide readOnlyBody>
      <div className="grid gap-x-8 gap-y-5 sm:grid-cols-2">
        {SECTIONS.map(({ group, entries }) => (
          <section key={group} aria-label={group}>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
              {group}
            </h3>
            <ul className="space-y-1.5 text-sm">
              {entries.map((s) => (
                <li key={s.id} className="flex items-center justify-between gap-3">
                  <span>{s.label}</span>
                  <Keys keys={s.keys} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section aria-label="Mouse">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            Mouse
          </h3>
          <ul className="space-y-1.5 text-sm">
            <li>Shift + drag on the canvas: select with a box</li>
            <li>Ctrl/⌘ + click: add to the selection</li>
            <li>Drag a node’s right-hand dot onto another node: connect</li>
          </ul>
        </section>
      </div>
    </Dialog>
  );
}
