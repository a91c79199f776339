import { inferEdge, type ConnectMode, type DesignEdge } from '../../engine/index.ts';
import { defaultEdgeProps, freshId, takenIds } from './document-ops.ts';
import { changed, defineCommand, refused } from './types.ts';

/** Joins two nodes with the edge the pair implies (or a flow, in flow mode) and selects it. */
export const connect = defineCommand<{ from: string; to: string; mode: ConnectMode }>({
  id: 'connect',
  label: 'Connect',
  run({ design }, { from, to, mode }) {
    const inferred = inferEdge(design, from, to, mode);
    if (!inferred.ok) return refused(inferred.reason);
    const { kind, source, target } = inferred.edge;
    const id = freshId(takenIds(design), kind);
    const edge = { id, kind, source, target, props: defaultEdgeProps(kind) } as DesignEdge;
    return changed({ ...design, edges: [...design.edges, edge] }, { nodeIds: [], edgeIds: [id] });
  },
});
