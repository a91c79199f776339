import type { DragEvent } from 'react';
import { livesInVnet } from '../../engine/index.ts';
import { PALETTE_MIME } from '../canvas/palette-mime.ts';
import { KIND_TILES, KindIcon } from '../canvas/KindIcon.tsx';
import type { EditorActions } from '../canvas/useEditorActions.ts';
import { PALETTE_KINDS } from '../canvas/actions.ts';
import { KIND_NAMES } from '../words.ts';
import { PanelHeading } from './PanelRail.tsx';

// Every kind of the format, to drag onto the canvas, or to add with a click, Enter or its digit.

export function Palette({ actions }: { actions: EditorActions }) {
  const onDragStart = (event: DragEvent, kind: string) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside
      aria-label="Palette"
      className="flex w-52 shrink-0 flex-col border-r border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      <PanelHeading title="Add to the design" action="togglePalette" label="Hide the palette" editor={actions} />
      <ul className="flex-1 space-y-0.5 overflow-y-auto px-2 pb-2">
        {PALETTE_KINDS.map((kind, i) => (
          <li key={kind}>
            <button
              type="button"
              draggable
              onDragStart={(event) => onDragStart(event, kind)}
              onClick={() => actions.addKind(kind)}
              className="group flex w-full cursor-grab items-center gap-2.5 rounded-lg px-2 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none active:cursor-grabbing dark:text-slate-200 dark:hover:bg-slate-800"
              title={`Drag onto the canvas${livesInVnet(kind) ? ' (inside a VNet)' : ''}, or click to add. Shortcut: ${i + 1}`}
              aria-label={`Add ${KIND_NAMES[kind]}`}
            >
              <span className={`grid size-7 shrink-0 place-items-center rounded-md ${KIND_TILES[kind]}`}>
                <KindIcon kind={kind} className="size-4" />
              </span>
              <span className="min-w-0 flex-1 leading-tight">{KIND_NAMES[kind]}</span>
              <kbd className="rounded border border-slate-200 px-1 font-sans text-[10px] text-slate-500 dark:border-slate-600 dark:text-slate-400">
                {i + 1}
              </kbd>
            </button>
          </li>
        ))}
      </ul>
      <p className="border-t border-slate-100 px-3 py-2 text-[11px] leading-snug text-slate-500 dark:border-slate-800 dark:text-slate-400">
        Gateways, VMs, load balancers, endpoints, resolvers and NVAs live inside a VNet.
      </p>
    </aside>
  );
}
