import { actionById, actionContext, displayKey, type ActionId } from '../canvas/actions.ts';
import type { EditorActions } from '../canvas/useEditorActions.ts';

// Side panels fold away to give the canvas the room (a projector is 1280 px wide). A folded panel
// leaves a narrow rail with the button that brings it back; both work through the action table.

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

type PanelAction = Extract<ActionId, 'togglePalette' | 'toggleDetails'>;

type Props = { action: PanelAction; label: string; editor: EditorActions };

const perform = ({ action, editor }: Props) => actionById(action).perform(actionContext(editor));

function keyOf(action: PanelAction): string {
  return actionById(action)
    .keys.map((key) => displayKey(key, IS_MAC))
    .join(', ');
}

/** The chevron points where the panel goes when the button is pressed. */
function Chevron({ towards }: { towards: 'left' | 'right' }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d={towards === 'left' ? 'm15 6-6 6 6 6' : 'm9 6 6 6-6 6'} />
    </svg>
  );
}

/** What a folded panel leaves: a rail with one button to open it. */
export function PanelRail(props: Props & { side: 'left' | 'right' }) {
  const { side, action, label } = props;
  return (
    <div
      className={`flex w-9 shrink-0 flex-col items-center bg-white pt-2 dark:bg-slate-900 ${side === 'left' ? 'border-r' : 'border-l'} border-slate-200 dark:border-slate-700`}
    >
      <button
        type="button"
        aria-label={label}
        title={`${label} (${keyOf(action)})`}
        onClick={() => perform(props)}
        className="grid size-7 place-items-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-slate-300 dark:hover:bg-slate-800"
      >
        <Chevron towards={side === 'left' ? 'right' : 'left'} />
      </button>
    </div>
  );
}

/** A panel's heading row with the button that folds it away. */
export function PanelHeading(props: Props & { title: string }) {
  const { title, action, label } = props;
  const side = action === 'togglePalette' ? 'left' : 'right';
  return (
    <div className="flex items-center justify-between px-3 pt-2">
      <h2 className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">{title}</h2>
      <button
        type="button"
        aria-label={label}
        title={`${label} (${keyOf(action)})`}
        onClick={() => perform(props)}
        className="grid size-7 place-items-center rounded-md text-slate-500 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-slate-400 dark:hover:bg-slate-800"
      >
        <Chevron towards={side} />
      </button>
    </div>
  );
}
