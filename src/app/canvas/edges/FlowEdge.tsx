import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import type { FlowCanvasEdge } from '../adapters.ts';
import { LAYER, flowShape } from '../geometry.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { rectOf } from './node-rect.ts';

/**
 * A traffic flow, coloured and dashed by its verdict. The verdict attributes and accessible name
 * sit on React Flow's edge group (see toCanvasEdges); this draws the curve and, while the flow is
 * highlighted, a caption with its verdict.
 */
function FlowEdgeView({ id, source, target, data, markerEnd, selected }: EdgeProps<FlowCanvasEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const focus = useUiStore((s) => (s.highlightedFlowId === null ? 'none' : s.highlightedFlowId === id ? 'self' : 'other'));
  if (!sourceNode || !targetNode || !data) return null;

  const shape = flowShape(rectOf(sourceNode), rectOf(targetNode), data.lane);
  const look = VERDICT_STYLES[data.state];
  return (
    <>
      <g opacity={focus === 'other' && !selected ? 0.18 : 1} style={{ transition: 'opacity 120ms ease-out' }}>
        {selected ? <path d={shape.path} fill="none" stroke={look.color} strokeOpacity={0.25} strokeWidth={look.strokeWidth + 8} /> : null}
        <BaseEdge
          id={id}
          path={shape.path}
          markerEnd={markerEnd}
          interactionWidth={14}
          style={{
            stroke: look.color,
            strokeWidth: focus === 'self' ? look.strokeWidth + 1 : look.strokeWidth,
            strokeDasharray: look.dash,
            strokeLinecap: look.lineCap,
          }}
        />
      </g>
      {focus === 'self' || selected ? (
        <EdgeLabelRenderer>
          <div
            className="pointer-events-none absolute rounded-full bg-white px-2 py-0.5 text-[11px] font-semibold shadow-sm ring-1 ring-slate-200"
            style={{ zIndex: LAYER.caption, color: look.color, transform: `translate(-50%, -50%) translate(${shape.labelX}px, ${shape.labelY}px)` }}
          >
            {look.word}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
