import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps } from '@xyflow/react';
import type { FlowGroupCanvasEdge } from '../canvas-types.ts';
import { groupParts } from '../flow-groups.ts';
import { straightShape } from '../geometry.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { rectOf } from './node-rect.ts';

/** Screen pixels: the line and its count keep their size however far the canvas is zoomed out. */
const LINE_MIN = 2;
const LINE_MAX = 9;
const GLYPH = 12;
const DIGIT = 6.6;
const PAD = 6;
const GAP = 5;

/**
 * The flows between two places, zoomed out: one line, as thick as there are flows (on a log
 * scale), in the colour most of them have, and a pill counting them by verdict with each
 * verdict's glyph. Sized in screen pixels through the canvas's --fp-zoom (canvas-extras.tsx), so
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
  const widths = parts.map((part) => GLYPH + 3 + String(part.count).length * DIGIT);
  const pill = widths.reduce((sum, w) => sum + w, 0) + GAP * (parts.length - 1) + PAD * 2;
  const starts = widths.map((_, i) => -pill / 2 + PAD + widths.slice(0, i).reduce((sum, w) => sum + w + GAP, 0));
  return (
    <>
      <BaseEdge
        id={id}
        path={shape.path}
        interactionWidth={20}
        style={{
          stroke: VERDICT_STYLES[most.state].color,
          strokeOpacity: 0.75,
          strokeWidth: `calc(${width}px / var(--fp-zoom, 1))`,
          strokeLinecap: 'round',
        }}
      />
      <g
        // The count is what a pointer can reach when the line is a pixel wide: clicking it zooms in.
        className="fp-flow-group-count cursor-pointer"
        style={{ transform: `translate(${shape.labelX}px, ${shape.labelY}px) scale(calc(1 / var(--fp-zoom, 1)))` }}
      >
        <rect
          x={-pill / 2}
          y={-10}
          width={pill}
          height={20}
          rx={10}
          fill="var(--fp-badge-bg, #fff)"
          stroke="#94a3b8"
          strokeWidth={1}
        />
        {parts.map((part, i) => {
          const look = VERDICT_STYLES[part.state];
          return (
            <g key={part.state} transform={`translate(${starts[i] ?? 0} 0)`}>
              <path
                d={look.icon.d}
                transform={`translate(0 ${-GLYPH / 2}) scale(${GLYPH / 16})`}
                fill={look.icon.fill ? look.color : 'none'}
                stroke={look.color}
                strokeWidth={look.icon.fill ? 0.8 : 1.8}
                strokeLinecap="round"
                strokeLinejoin="round"
              />
              <text
                x={GLYPH + 3}
                dominantBaseline="central"
                fontSize={11}
                fontWeight={700}
                fill="currentColor"
                className={look.text}
              >
                {part.count}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
}

export const FlowGroupEdge = memo(FlowGroupEdgeView);
