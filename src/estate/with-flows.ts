import type { EstateDesign } from './estate-design.ts';
import type { ProposedFlow } from './propose.ts';

/** The estate's design document with the flows the architect kept (all proposed ones when not said). */
export function withFlows(estate: Pick<EstateDesign, 'document' | 'proposedFlows'>, kept?: ReadonlySet<string>) {
  const flows = estate.proposedFlows
    .filter((flow: ProposedFlow) => !kept || kept.has(flow.id))
    .map((flow) => ({ id: flow.id, kind: 'flow', source: flow.source, target: flow.target, props: {} }));
  return { ...estate.document, edges: [...estate.document.edges, ...flows] };
}
