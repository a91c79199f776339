import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import { actionById, actionContext, displayKey, isEnabled, TOOLBAR, type ToolbarActionId } from '../canvas/actions.ts';
import type { EditorActions } from '../canvas/useEditorActions.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';

// Tools and view switches floating over the canvas, read from the action table: each button names
// its shortcut, shows a toggle pressed and a disabled action greyed.

function ToolButton(props: {
  label: string;
  keys: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const { label, keys, pressed, disabled, onClick, children } = props;
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled}
      title={`${label} (${keys})`}
      onClick={onClick}
      className={`grid size-8 place-items-center rounded-md text-slate-600 hover:bg-slate-100 disabled:opacity-35 disabled:hover:bg-transparent dark:text-slate-300 dark:hover:bg-slate-700 ${
        pressed
          ? 'bg-sky-100 text-sky-800 ring-1 ring-sky-300 hover:bg-sky-100 dark:bg-sky-900 dark:text-sky-100 dark:ring-sky-700'
          : ''
      }`}
    >
      {children}
    </button>
  );
}

const svg = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
} as const;

const ICONS: Record<ToolbarActionId, ReactNode> = {
  connectTool: (
    <svg {...svg}>
      <circle cx="5" cy="12" r="2.5" />
      <circle cx="19" cy="12" r="2.5" />
      <path d="M7.5 12h9" />
    </svg>
  ),
  flowTool: (
    <svg {...svg}>
      <path d="M4 17c4-8 10-10 16-10" strokeDasharray="3 2.5" />
      <path d="m16 4 4 3-3 4" />
    </svg>
  ),
  undo: (
    <svg {...svg}>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
    </svg>
  ),
  redo: (
    <svg {...svg}>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H10a6 6 0 0 0 0 12h3" />
    </svg>
  ),
  tidy: (
    <svg {...svg}>
      <rect x="3" y="4" width="6" height="5" rx="1" />
      <rect x="15" y="4" width="6" height="5" rx="1" />
      <rect x="9" y="15" width="6" height="5" rx="1" />
      <path d="M6 9v3h12V9M12 12v3" />
    </svg>
  ),
  fitView: (
    <svg {...svg}>
      <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
    </svg>
  ),
  toggleGrid: (
    <svg {...svg}>
      <path d="M4 4h16v16H4zM4 9.3h16M4 14.6h16M9.3 4v16M14.6 4v16" />
    </svg>
  ),
  toggleMinimap: (
    <svg {...svg}>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <rect x="12" y="11" width="6" height="5" rx="1" />
    </svg>
  ),
  toggleTextView: (
    <svg {...svg}>
      <path d="M4 6h16M4 10h16M4 14h10M4 18h12" />
    </svg>
  ),
  present: (
    <svg {...svg}>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M12 16v4M8 20h8" />
      <path d="m10 8 4 2-4 2z" fill="currentColor" />
    </svg>
  ),
};

const BUTTONS = TOOLBAR.map((id) => (id === '|' ? id : { id, action: actionById(id) }));

function subscribe(onChange: () => void): () => void {
  const offUi = useUiStore.subscribe(onChange);
  const offDoc = useDesignStore.subscribe(onChange);
  return () => {
    offUi();
    offDoc();
  };
}

/**
 * Each button's state as one string, two letters a button ("e"nabled or "d"isabled, "p"ressed or
 * "-"), so the toolbar re-renders only when a button changes, not with every store update.
 */
function useButtonStates(editor: EditorActions): string {
  const read = useCallback(() => {
    const ctx = actionContext(editor);
    return BUTTONS.map((b) =>
      b === '|' ? '||' : `${isEnabled(b.action, ctx) ? 'e' : 'd'}${b.action.checked?.(ctx) ? 'p' : '-'}`,
    ).join('');
  }, [editor]);
  return useSyncExternalStore(subscribe, read);
}

export function CanvasToolbar({ actions }: { actions: EditorActions }) {
  const states = useButtonStates(actions);
  const flowTool = useUiStore((s) => s.tool === 'flow');
  return (
    <div
      role="toolbar"
      aria-label="Canvas tools"
      className="absolute top-3 left-3 z-10 flex items-center gap-0.5 rounded-lg border border-slate-200 bg-white/95 p-1 shadow-sm dark:border-slate-700 dark:bg-slate-800/95"
    >
      {BUTTONS.map((button, i) => {
        if (button === '|')
          return (
            <span key={`divider-${i}`} className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-600" aria-hidden="true" />
          );
        const { id, action } = button;
        const perform = () => {
          const ctx = actionContext(actions);
          if (isEnabled(action, ctx)) action.perform(ctx);
        };
        return (
          <ToolButton
            key={id}
            label={action.button ?? action.label}
            keys={displayKey(action.keys[0] ?? '', false)}
            pressed={action.checked ? states[2 * i + 1] === 'p' : undefined}
            disabled={states[2 * i] === 'd'}
            onClick={perform}
          >
            {ICONS[id]}
          </ToolButton>
        );
      })}
      {flowTool ? (
        <span className="ml-2 rounded bg-sky-600 px-2 py-0.5 text-xs font-medium text-white" aria-live="polite">
          Drag between two endpoints to draw a flow · Esc to leave
        </span>
      ) : null}
    </div>
  );
}
