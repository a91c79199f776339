import type { Design, DesignEdgeOf, Hop } from '../../../engine/index.ts';
import { KIND_NAMES } from '../../words.ts';

export type TraceHop = { number: number; answer: string; note: string; gateway: boolean };
export type Trace = { from: string; to: string; hops: TraceHop[] };

/**
 * A flow's path as a traceroute from its source prints it: every hop after the source, numbered,
 * with the address or name that answers. The gateway does not answer (it is `*`), so the note says
 * which gateway the traffic crosses there.
 */
export function traceroute(design: Design, flow: DesignEdgeOf<'flow'>, path: readonly Hop[]): Trace {
  const nodes = new Map(design.nodes.map((node) => [node.id, node]));
  const name = (id: string) => nodes.get(id)?.label || id;
  const rest = path.slice(1);
  const arrival = rest.find((hop) => hop.nodeId === flow.target);
  return {
    from: name(flow.source),
    to: arrival && arrival.label !== name(flow.target) ? `${name(flow.target)} (${arrival.label})` : name(flow.target),
    hops: rest.map((hop, index) => {
      const node = nodes.get(hop.nodeId);
      const kind = node ? KIND_NAMES[node.kind] : 'node';
      const note = hop.gateway
        ? `${name(hop.nodeId)}: the gateway does not answer`
        : hop.label === name(hop.nodeId)
          ? kind
          : `${name(hop.nodeId)} (${kind})`;
      return { number: index + 1, answer: hop.gateway ? '* * *' : hop.label, note, gateway: hop.gateway === true };
    }),
  };
}
