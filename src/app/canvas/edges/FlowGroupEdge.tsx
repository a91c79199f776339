import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps } from '@xyflow/react';
import { AlwaysCaption } from './caption-layer.tsx';
import type { FlowGroupCanvasEdge } from '../canvas-types.ts';
import { groupParts } from '../flow-groups.ts';
import { LAYER, straightShape } from '../geometry.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { VerdictIcon } from '../VerdictIcon.tsx';
import { rectOf } from './node-rect.ts';

/** Screen pixels: the line and its count keep their size however far the canvas is zoomed out. */
const LINE_MIN = 2;
const LINE_MAX = 9;
/** Clicking a group line zooms to this, where flows are drawn one by one again. */
export const GROUP_CLICK_ZOOM = 0.6;
/** How close to a group line, in screen pixels, a click takes it. */
const REACH_PX = 16;

/**
 * The flows between two places, zoomed out: one line, as thick as there are flows (on a log
 * scale), in the colour most of them have, and for two flows or more a pill counting them by
 * verdict with each verdict's glyph. Sized in screen pixels through the canvas's --fp-zoom (canvas-extras.tsx), so
 * zooming re-renders nothing.
 */
function FlowGroupEdgeView({ id, source, target, data }: EdgeProps<FlowGroupCanvasEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;
  const shape = straightShape(rectOf(sourceNode), rectOf(targetNode));
  const parts = groupParts(data);
  const most = parts.reduce(
    (best, part) => (part.count > best.count ? part : best),
    parts[0] ?? { state: 'pending', count: 0 },
  );
  const width = Math.min(LINE_MAX, LINE_MIN + Math.log2(Math.max(1, data.total)));
  return (
    <>
      {/* What a click finds, as wide on screen at any zoom: clicking a line zooms in on it (DesignCanvas). */}
      <path
        d={shape.path}
        className="react-flow__edge-interaction cursor-zoom-in"
        fill="none"
        stroke="transparent"
        style={{ strokeWidth: `calc(${REACH_PX}px / var(--fp-zoom, 1))` }}
      />
      <BaseEdge
        id={id}
        path={shape.path}
        interactionWidth={0}
        style={{
          stroke: VERDICT_STYLES[most.state].color,
          strokeOpacity: 0.75,
          strokeWidth: `calc(${width}px / var(--fp-zoom, 1))`,
          strokeLinecap: 'round',
        }}
      />
      {/* A single flow's line says enough: its colour is its verdict. Counts are for two or more. */}
      {data.total < 2 ? null : (
        // Above the cards (the caption layer), as it is what can be read zoomed out. A label only:
        // the pointer goes through it to the card or line below, as for every caption.
        <AlwaysCaption>
          <span
            aria-hidden="true"
            className="fp-flow-group-count pointer-events-none absolute flex items-center gap-1.5 rounded-full bg-white px-2 py-0.5 text-[11px] leading-4 font-bold whitespace-nowrap shadow-sm ring-1 ring-slate-300 dark:bg-slate-800 dark:ring-slate-600"
            style={{
              zIndex: LAYER.caption,
              transformOrigin: '0 0',
              transform: `translate(${shape.labelX}px, ${shape.labelY}px) scale(calc(1 / var(--fp-zoom, 1))) translate(-50%, -50%)`,
            }}
          >
            {parts.map((part) => (
              <span key={part.state} className={`flex items-center gap-0.5 ${VERDICT_STYLES[part.state].text}`}>
                <VerdictIcon state={part.state} size={12} />
                {part.count}
              </span>
            ))}
          </span>
        </AlwaysCaption>
      )}
    </>
  );
}

export const FlowGroupEdge = memo(FlowGroupEdgeView);
