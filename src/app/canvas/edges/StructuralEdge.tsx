import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import type { StructuralCanvasEdge } from '../adapters.ts';
import { LAYER, straightShape } from '../geometry.ts';
import { rectOf } from './node-rect.ts';

/** Circuit links, connections and VNet peerings: neutral lines with a quiet caption. */
function StructuralEdgeView({ id, source, target, data }: EdgeProps<StructuralCanvasEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode) return null;
  const shape = straightShape(rectOf(sourceNode), rectOf(targetNode));
  return (
    <>
      <BaseEdge id={id} path={shape.path} style={{ stroke: '#94a3b8', strokeWidth: 1.5 }} />
      {data?.caption ? (
        <EdgeLabelRenderer>
          <div
            className="pointer-events-none absolute max-w-40 rounded-md bg-white/90 px-1.5 py-0.5 text-center text-[10.5px] leading-tight font-medium text-slate-500 ring-1 ring-slate-200"
            style={{ zIndex: LAYER.edgeCaption, transform: `translate(-50%, -50%) translate(${shape.labelX}px, ${shape.labelY}px)` }}
          >
            {data.caption}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const StructuralEdge = memo(StructuralEdgeView);
