import { memo, useContext, useMemo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps } from '@xyflow/react';
import { AlwaysCaption } from './caption-layer.tsx';
import type { FlowCanvasEdge } from '../adapters.ts';
import { LAYER, defaultBend, flowShape } from '../geometry.ts';
import { routeFlowOnce } from '../flow-routes.ts';
import { ObstacleContext } from './obstacles.ts';
import { useUiStore, type ChangeMark } from '../../store/ui-store.ts';
import type { Severity } from '../../../engine/index.ts';
import { SEVERITY_STYLES } from '../../findings/severity-style.ts';
import { VERDICT_STYLES, type FlowState } from '../../verdict-style.ts';
import { rectOf } from './node-rect.ts';
import { PRESENT_TYPE } from '../present-controls.ts';
import { CHANGE_LOOK } from '../nodes/NodeMarks.tsx';

/** The glyph is drawn 12 px across; presenting, the badge grows until it is PRESENT_TYPE.glyph. */
const PRESENT_BADGE_SCALE = PRESENT_TYPE.glyph / 12;

/**
 * A traffic flow, coloured and dashed by its verdict. The verdict attributes and accessible name
 * sit on React Flow's edge group (see toCanvasEdges); this draws the curve and, while the flow is
 * highlighted, a caption with its number, name and verdict.
 */
function FlowEdgeView({ id, source, target, data, markerEnd, selected }: EdgeProps<FlowCanvasEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const presenting = useUiStore((s) => s.presenting);
  // Only the flow pointed at re-renders when the pointer moves to another: the others fade by a
  // class on the canvas (FlowFocusClass, index.css), not by hundreds of re-renders.
  const pointedAt = useUiStore((s) => s.highlightedFlowId === id);
  const grid = useContext(ObstacleContext);
  const from = sourceNode ? rectOf(sourceNode) : null;
  const to = targetNode ? rectOf(targetNode) : null;
  const lane = data?.lane ?? 0;
  const alone = data?.alone ?? false;
  // Routed as it is drawn, so only flows in view are routed; again only when an end moves.
  const bend = useMemo(
    () =>
      from && to
        ? grid
          ? routeFlowOnce(grid, { id, source, target, lane }, from, to, alone)
          : defaultBend(from, to, lane)
        : 0,
    // The rectangles are new objects each render; their numbers are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      grid,
      id,
      source,
      target,
      lane,
      alone,
      from?.x,
      from?.y,
      from?.width,
      from?.height,
      to?.x,
      to?.y,
      to?.width,
      to?.height,
    ],
  );
  if (!from || !to || !data) return null;

  const shape = flowShape(from, to, bend);
  const look = VERDICT_STYLES[data.state];
  const body = `fp-flow-body${data.muted ? ' fp-flow-muted' : ''}${pointedAt || selected ? ' fp-flow-focused' : ''}`;
  return (
    <>
      <g className={body}>
        {/* Where flows crowd, pointing at one names it. */}
        <title>{`${data.title}: ${look.word}`}</title>
        {selected ? (
          <path
            d={shape.path}
            fill="none"
            stroke={look.color}
            strokeOpacity={0.25}
            strokeWidth={look.strokeWidth + 8}
          />
        ) : null}
        <BaseEdge
          id={id}
          className="fp-flow-line"
          path={shape.path}
          markerEnd={markerEnd}
          interactionWidth={14}
          style={{
            stroke: look.color,
            strokeWidth: pointedAt ? look.strokeWidth + 1 : look.strokeWidth,
            strokeDasharray: look.dash,
            strokeLinecap: look.lineCap,
          }}
        />
        <VerdictBadge
          x={shape.labelX}
          y={shape.labelY}
          state={data.state}
          number={data.number}
          scale={presenting ? PRESENT_BADGE_SCALE : 1}
          findings={data.findings}
          worst={data.worst}
          notes={data.notes ?? 0}
          change={data.change}
        />
      </g>
      {pointedAt || selected ? (
        <AlwaysCaption>
          <div
            className={`fp-flow-chip pointer-events-none absolute rounded-full bg-white px-2 py-0.5 text-[11px] font-semibold whitespace-nowrap shadow-sm ring-1 ring-slate-200 dark:bg-slate-800 dark:ring-slate-600 ${look.text}`}
            style={{
              zIndex: LAYER.caption,
              // Above the verdict glyph, so neither the glyph nor its findings count is covered.
              transform: `translate(-50%, -100%) translate(${shape.labelX}px, ${shape.labelY - 16}px)`,
            }}
          >
            {data.tag} · {look.word}
          </div>
        </AlwaysCaption>
      ) : null}
    </>
  );
}

/**
 * The verdict's glyph on the line (so it reads without colour) and, beside it, how many findings
 * the flow has. Drawn in SVG, not as an HTML label: a design has hundreds of flows.
 */
function VerdictBadge({
  x,
  y,
  state,
  number,
  scale,
  findings,
  worst,
  notes,
  change,
}: {
  x: number;
  y: number;
  state: FlowState;
  number: number;
  /** Larger when presenting, so the glyph reads from the back of a room. */
  scale: number;
  findings: number;
  worst?: Severity;
  notes: number;
  /** Compared with a version: a ring in the change's colour around the glyph. */
  change?: ChangeMark | undefined;
}) {
  const look = VERDICT_STYLES[state];
  return (
    <g
      transform={`translate(${x} ${y})${scale === 1 ? '' : ` scale(${scale})`}`}
      className="fp-flow-badge"
      pointerEvents="none"
    >
      {/* The number people say in a review ("flow 3"), left of the glyph, on a halo so it reads over lines. */}
      <text
        x={-12}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={10}
        fontWeight={700}
        fill={look.color}
        stroke="var(--fp-badge-bg, #fff)"
        strokeWidth={3}
        paintOrder="stroke"
        className="fp-flow-number"
      >
        #{number}
      </text>
      {change ? (
        <circle
          r={12.5}
          fill="none"
          stroke={CHANGE_LOOK[change].color}
          strokeWidth={2}
          strokeDasharray="3 2"
          data-testid="change-marker"
          data-change={change}
        />
      ) : null}
      <circle r={9} fill="var(--fp-badge-bg, #fff)" stroke={look.color} strokeWidth={1.5} />
      <path
        d={look.icon.d}
        transform="translate(-6 -6) scale(0.75)"
        fill={look.icon.fill ? look.color : 'none'}
        stroke={look.color}
        strokeWidth={look.icon.fill ? 0.8 : 2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {findings > 0 && worst ? (
        <g transform="translate(10 -8)">
          <circle r={6.5} fill={SEVERITY_STYLES[worst].color} />
          <text
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={9}
            fontWeight={700}
            fill={SEVERITY_STYLES[worst].onColor}
          >
            {findings > 9 ? '9+' : findings}
          </text>
        </g>
      ) : null}
      {notes > 0 ? (
        // Review notes, under the findings count: a bubble with how many.
        <g transform="translate(10 8)" data-testid="note-marker">
          <rect x={-6.5} y={-6} width={13} height={12} rx={3} fill="#fbbf24" />
          <text textAnchor="middle" dominantBaseline="central" fontSize={9} fontWeight={700} fill="#451a03">
            {notes > 9 ? '9+' : notes}
          </text>
        </g>
      ) : null}
    </g>
  );
}

export const FlowEdge = memo(FlowEdgeView);
