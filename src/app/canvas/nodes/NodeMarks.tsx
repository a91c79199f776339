import type { Severity } from '../../../engine/index.ts';
import { findingsWords } from '../../findings/marks.ts';
import { SEVERITY_STYLES } from '../../findings/severity-style.ts';
import { VERDICT_STYLES, type FlowState } from '../../verdict-style.ts';
import { notesWord } from '../../review/notes.ts';
import type { ChangeMark } from '../../store/ui-store.ts';

// What the analysis pins on a node: a findings marker (top right) and, while a flow is selected,
// the node's hop on that flow's path (top left). What the review pins: a note marker (bottom right).
// Compared with an older version: a "New" or "Changed" tag (bottom left) and a dashed outline.

export function FindingsMarker({ count, worst }: { count?: number; worst?: Severity }) {
  if (!count || !worst) return null;
  return (
    <span
      className={`fp-node-mark absolute -top-2 -right-2 grid h-5 min-w-5 place-items-center rounded-full px-1 text-[11px] font-bold shadow-sm ring-2 ring-white dark:ring-slate-900 ${SEVERITY_STYLES[worst].marker}`}
      title={findingsWords({ count, worst })}
      data-testid="findings-marker"
    >
      {worst === 'info' ? count : `!${count > 1 ? count : ''}`}
    </span>
  );
}

export function HopBadge({ hop, state }: { hop?: string; state?: FlowState }) {
  if (hop === undefined || !state) return null;
  const look = VERDICT_STYLES[state];
  return (
    <span
      className="fp-node-mark absolute -top-2.5 -left-2.5 grid size-6 place-items-center rounded-full text-[11px] font-bold text-white shadow ring-2 ring-white dark:ring-slate-900"
      style={{ backgroundColor: look.color }}
      title={hop === 'S' ? 'Where the selected flow starts' : `Hop ${hop} of the selected flow`}
      data-testid="hop-badge"
    >
      {hop}
    </span>
  );
}

/** A speech bubble with the number of review notes pinned to the node; its notes are in the inspector. */
export function NoteMarker({ count }: { count?: number }) {
  if (!count) return null;
  return (
    <span
      className="fp-node-mark absolute -right-2 -bottom-2 flex h-5 items-center gap-0.5 rounded-full bg-amber-400 px-1.5 text-[11px] font-bold text-amber-950 shadow-sm ring-2 ring-white dark:ring-slate-900"
      title={`${notesWord(count)}: select it to read them`}
      data-testid="note-marker"
    >
      <NoteGlyph />
      {count}
    </span>
  );
}

export const CHANGE_LOOK = {
  added: { word: 'New', tag: 'bg-teal-700 text-white', outline: 'border-teal-600', color: '#0f766e' },
  changed: { word: 'Changed', tag: 'bg-violet-600 text-white', outline: 'border-violet-500', color: '#7c3aed' },
} as const;

export function ChangeMarker({ change }: { change?: ChangeMark }) {
  if (!change) return null;
  const look = CHANGE_LOOK[change];
  return (
    <>
      <span
        aria-hidden="true"
        className={`pointer-events-none absolute -inset-1.5 rounded-2xl border-2 border-dashed ${look.outline}`}
      />
      <span
        className={`fp-node-mark absolute -bottom-2.5 -left-2 rounded-full px-1.5 py-px text-[10.5px] font-bold tracking-wide uppercase shadow-sm ring-2 ring-white dark:ring-slate-900 ${look.tag}`}
        title={change === 'added' ? 'New since the compared version' : 'Changed since the compared version'}
        data-testid="change-marker"
        data-change={change}
      >
        {look.word}
      </span>
    </>
  );
}

export function NoteGlyph({ size = 11 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 12 12" aria-hidden="true">
      <path d="M2 2h8a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1H5l-2.5 2V9H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z" fill="currentColor" />
    </svg>
  );
}
