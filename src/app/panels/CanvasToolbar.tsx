import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EditorActions } from '../canvas/useEditorActions.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';

// Tools and view switches floating over the canvas; each names its shortcut.

function ToolButton(props: { label: string; keys: string; pressed?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
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
        pressed ? 'bg-sky-100 text-sky-800 ring-1 ring-sky-300 hover:bg-sky-100 dark:bg-sky-900 dark:text-sky-100 dark:ring-sky-700' : ''
      }`}
    >
      {children}
    </button>
  );
}

const svg = { width: 18, height: 18, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.8, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export function CanvasToolbar({ actions }: { actions: EditorActions }) {
  const { tool, setTool, snapToGrid, toggleSnapToGrid, showMinimap, toggleMinimap, textView, toggleTextView } = useUiStore(
    useShallow((s) => ({
      tool: s.tool, setTool: s.setTool, snapToGrid: s.snapToGrid, toggleSnapToGrid: s.toggleSnapToGrid, showMinimap: s.showMinimap,
      toggleMinimap: s.toggleMinimap, textView: s.textView, toggleTextView: s.toggleTextView,
    })),
  );
  const { canUndo, canRedo } = useDesignStore(useShallow((s) => ({ canUndo: s.history.past.length > 0, canRedo: s.history.future.length > 0 })));
  return (
    <div role="toolbar" aria-label="Canvas tools" className="absolute top-3 left-3 z-10 flex items-center gap-0.5 rounded-lg border border-slate-200 bg-white/95 p-1 shadow-sm dark:border-slate-700 dark:bg-slate-800/95">
      <ToolButton label="Connect tool" keys="C" pressed={tool === 'connect'} onClick={() => setTool('connect')}>
        <svg {...svg}><circle cx="5" cy="12" r="2.5" /><circle cx="19" cy="12" r="2.5" /><path d="M7.5 12h9" /></svg>
      </ToolButton>
      <ToolButton label="Flow tool" keys="F" pressed={tool === 'flow'} onClick={() => setTool(tool === 'flow' ? 'connect' : 'flow')}>
        <svg {...svg}><path d="M4 17c4-8 10-10 16-10" strokeDasharray="3 2.5" /><path d="m16 4 4 3-3 4" /></svg>
      </ToolButton>
      <span className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-600" aria-hidden="true" />
      <ToolButton label="Undo" keys="Ctrl+Z" disabled={!canUndo} onClick={actions.undo}>
        <svg {...svg}><path d="M9 14 4 9l5-5" /><path d="M4 9h10a6 6 0 0 1 0 12h-3" /></svg>
      </ToolButton>
      <ToolButton label="Redo" keys="Ctrl+Shift+Z" disabled={!canRedo} onClick={actions.redo}>
        <svg {...svg}><path d="m15 14 5-5-5-5" /><path d="M20 9H10a6 6 0 0 0 0 12h3" /></svg>
      </ToolButton>
      <span className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-600" aria-hidden="true" />
      <ToolButton label="Tidy layout" keys="Shift+L" onClick={() => void actions.tidy()}>
        <svg {...svg}><rect x="3" y="4" width="6" height="5" rx="1" /><rect x="15" y="4" width="6" height="5" rx="1" /><rect x="9" y="15" width="6" height="5" rx="1" /><path d="M6 9v3h12V9M12 12v3" /></svg>
      </ToolButton>
      <ToolButton label="Fit to screen" keys="Shift+1" onClick={actions.fitView}>
        <svg {...svg}><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" /></svg>
      </ToolButton>
      <ToolButton label="Snap to grid" keys="G" pressed={snapToGrid} onClick={toggleSnapToGrid}>
        <svg {...svg}><path d="M4 4h16v16H4zM4 9.3h16M4 14.6h16M9.3 4v16M14.6 4v16" /></svg>
      </ToolButton>
      <ToolButton label="Minimap" keys="M" pressed={showMinimap} onClick={toggleMinimap}>
        <svg {...svg}><rect x="3" y="5" width="18" height="14" rx="2" /><rect x="12" y="11" width="6" height="5" rx="1" /></svg>
      </ToolButton>
      <ToolButton label="Text view" keys="T" pressed={textView} onClick={toggleTextView}>
        <svg {...svg}><path d="M4 6h16M4 10h16M4 14h10M4 18h12" /></svg>
      </ToolButton>
      {tool === 'flow' ? (
        <span className="ml-2 rounded bg-sky-600 px-2 py-0.5 text-xs font-medium text-white" aria-live="polite">
          Drag between two endpoints to draw a flow · Esc to leave
        </span>
      ) : null}
    </div>
  );
}
