import { inferEdge, type ConnectMode, type DesignEdge } from '../../engine/index.ts';
import { defaultEdgeProps, freshId, takenIds } from './document-ops.ts';
import { isFlow } from '../words.ts';
import { changed, defineCommand, refused } from './types.ts';

/** Joins two nodes with the edge the pair implies (or a flow, in flow mode) and selects it. */
export const connect = defineCommand<{ from: string; to: string; mode: ConnectMode }>({
  id: 'connect',
  label: 'Connect',
  run({ design }, { from, to, mode }) {
    const inferred = inferEdge(design, from, to, mode);
    if (!inferred.ok) return refused(inferred.reason);
    const { kind, source, target } = inferred.edge;
    if (kind === 'flow') {
      // A second flow like one already drawn adds nothing but clutter: say which one it is.
      const flows = design.edges.filter(isFlow);
      const same = flows.findIndex((e) => e.source === source && e.target === target && (e.props.ipVersion ?? 4) === 4);
      if (same >= 0) {
        const name = (id: string) => design.nodes.find((n) => n.id === id)?.label || id;
        return refused(
          `Flow #${same + 1} already goes from ${name(source)} to ${name(target)}: select it to change it (an IPv6 flow is one with IP version 6).`,
        );
      }
    }
    const id = freshId(takenIds(design), kind);
    const edge = { id, kind, source, target, props: defaultEdgeProps(kind) } as DesignEdge;
    return changed({ ...design, edges: [...design.edges, edge] }, { nodeIds: [], edgeIds: [id] });
  },
});
