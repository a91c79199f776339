import type { Design, EvaluationResult, FlowResult, Verdict } from '../../engine/index.ts';
import { isFlow } from '../words.ts';

// The order a review steps through the flows. By default the flows that need talking about come
// first: an expectation that failed, then the worst verdicts; the flow number breaks ties so the
// order is stable while nothing changes. A saved agenda goes first and the rest follow.

/** Verdicts from the one most worth discussing to the least; flows not evaluated yet come last. */
const RANK: Record<Verdict | 'pending', number> = { unreachable: 0, gateway: 1, fastpath: 2, direct: 3, pending: 4 };

/** Every flow's id, in the order a review takes without a saved agenda. */
export function defaultAgenda(design: Design, result: EvaluationResult | null): string[] {
  return design.edges
    .filter(isFlow)
    .map((flow, number) => {
      const outcome = flowResult(result, flow.id);
      return {
        id: flow.id,
        failed: outcome?.expectationMet === false,
        rank: RANK[outcome?.verdict ?? 'pending'],
        number,
      };
    })
    .sort((a, b) => Number(b.failed) - Number(a.failed) || a.rank - b.rank || a.number - b.number)
    .map((entry) => entry.id);
}

/** The saved agenda (its flows only, each once), then every other flow in the default order. */
export function agendaOrder(design: Design, result: EvaluationResult | null): string[] {
  const flows = new Set(design.edges.filter(isFlow).map((flow) => flow.id));
  const listed = new Set<string>();
  for (const id of design.review?.agenda ?? []) if (flows.has(id)) listed.add(id);
  return [...listed, ...defaultAgenda(design, result).filter((id) => !listed.has(id))];
}

/** A flow's result, if the result has one of its own (a flow may be called "constructor"). */
function flowResult(result: EvaluationResult | null, flowId: string): FlowResult | undefined {
  return result && Object.hasOwn(result.flows, flowId) ? result.flows[flowId] : undefined;
}
