import { Panel, ViewportPortal } from '@xyflow/react';
import { KIND_NAMES } from '../../engine/index.ts';
import type { ChangeMarks } from '../store/ui-store.ts';
import { CHANGE_LOOK } from './nodes/NodeMarks.tsx';

// The open design compared with an older version: the nodes that version had and this one has not,
// drawn faintly where they were, and a legend of the marks, which an exported picture keeps.

export function ChangeOverlay({ changes }: { changes: ChangeMarks }) {
  return (
    <>
      <ViewportPortal>
        {changes.ghosts.map((ghost) => (
          <div
            key={ghost.id}
            className="pointer-events-none absolute grid place-items-center rounded-xl border-2 border-dashed border-slate-400 bg-slate-100/40 text-center dark:border-slate-500 dark:bg-slate-800/30"
            style={{ transform: `translate(${ghost.x}px, ${ghost.y}px)`, width: ghost.width, height: ghost.height }}
            data-testid="removed-ghost"
            aria-hidden="true"
          >
            <span className="rounded-md bg-white/90 px-1.5 py-0.5 text-[11px] font-semibold text-slate-600 line-through dark:bg-slate-900/90 dark:text-slate-300">
              {KIND_NAMES[ghost.kind]} {ghost.label}
            </span>
          </div>
        ))}
      </ViewportPortal>
      {/* Below the canvas toolbars, which share the top edge. */}
      <Panel position="top-center" className="fp-change-legend" style={{ marginTop: 64 }}>
        <div
          role="note"
          aria-label={`Changes since ${changes.since}`}
          className="flex items-center gap-3 rounded-full bg-white/95 px-3 py-1 text-xs text-slate-700 shadow-sm ring-1 ring-slate-200 dark:bg-slate-800/95 dark:text-slate-200 dark:ring-slate-600"
        >
          <span className="max-w-56 truncate font-semibold">Changes since {changes.since}</span>
          {(['added', 'changed'] as const).map((mark) => (
            <span key={mark} className="flex items-center gap-1">
              <span className={`rounded-full px-1.5 py-px text-[10px] font-bold uppercase ${CHANGE_LOOK[mark].tag}`}>
                {CHANGE_LOOK[mark].word}
              </span>
            </span>
          ))}
          <span className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-5 rounded border-2 border-dashed border-slate-400 bg-slate-100/60"
            />
            Removed
          </span>
        </div>
      </Panel>
    </>
  );
}
