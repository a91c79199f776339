import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps } from '@xyflow/react';
import { EdgeCaption } from './caption-layer.tsx';
import type { StructuralCanvasEdge } from '../adapters.ts';
import { LAYER, straightShape } from '../geometry.ts';
import { rectOf } from './node-rect.ts';
import { findingsWords } from '../../findings/marks.ts';
import { SEVERITY_STYLES } from '../../findings/severity-style.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { notesWord } from '../../review/notes.ts';
import { CHANGE_LOOK, NoteGlyph } from '../nodes/NodeMarks.tsx';

/** Circuit links, connections and VNet peerings: neutral lines with a quiet caption. */
function StructuralEdgeView({ id, source, target, data, selected }: EdgeProps<StructuralCanvasEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode) return null;
  const shape = straightShape(rectOf(sourceNode), rectOf(targetNode));
  // On the selected flow's path the line takes that flow's colour, so the path reads end to end.
  const stroke = selected
    ? '#0284c7'
    : data?.onPath
      ? VERDICT_STYLES[data.onPath].color
      : data?.ofSelected
        ? '#38bdf8'
        : '#94a3b8';
  const mark = data?.findings && data.worst ? { count: data.findings, worst: data.worst } : null;
  return (
    <>
      <BaseEdge
        id={id}
        path={shape.path}
        interactionWidth={16}
        style={{ stroke, strokeWidth: selected || data?.onPath ? 3 : data?.ofSelected ? 2 : 1.5 }}
      />
      {data?.caption ? (
        <EdgeCaption>
          <div
            className={`fp-edge-caption pointer-events-none absolute max-w-40 rounded-md bg-white/90 px-1.5 py-0.5 text-center text-[10.5px] leading-tight font-medium ring-1 dark:bg-slate-800/90 ${selected ? 'text-sky-700 ring-sky-400 dark:text-sky-300' : 'text-slate-500 ring-slate-200 dark:text-slate-400 dark:ring-slate-600'}`}
            style={{
              zIndex: LAYER.edgeCaption,
              transform: `translate(-50%, -50%) translate(${shape.labelX}px, ${shape.labelY}px)`,
            }}
          >
            {data.caption}
            {mark ? (
              <span
                className={`ml-1 inline-grid h-4 min-w-4 place-items-center rounded-full px-1 align-[1px] text-[10px] font-bold ${SEVERITY_STYLES[mark.worst].marker}`}
                title={findingsWords(mark)}
                data-testid="findings-marker"
              >
                {mark.count}
              </span>
            ) : null}
            {data.change ? (
              <span
                className={`ml-1 inline-flex h-4 items-center rounded-full px-1 align-[1px] text-[9.5px] font-bold tracking-wide uppercase ${CHANGE_LOOK[data.change].tag}`}
                data-testid="change-marker"
                data-change={data.change}
              >
                {CHANGE_LOOK[data.change].word}
              </span>
            ) : null}
            {data.notes ? (
              <span
                className="ml-1 inline-flex h-4 items-center gap-0.5 rounded-full bg-amber-400 px-1 align-[1px] text-[10px] font-bold text-amber-950"
                title={notesWord(data.notes)}
                data-testid="note-marker"
              >
                <NoteGlyph size={9} />
                {data.notes}
              </span>
            ) : null}
          </div>
        </EdgeCaption>
      ) : null}
    </>
  );
}

export const StructuralEdge = memo(StructuralEdgeView);
