import type { Decision, Design } from '../../engine/index.ts';
import { isFlow } from '../words.ts';

// What a review has decided so far. A design opened from storage is not loaded again, so these
// read only decisions about flows that exist, and the latest of two for one flow, as the loader
// would have kept.

export type ReviewProgress = { reviewed: number; total: number; accepted: number; changesRequested: number };

/** Each flow's decision, by flow id; flows without one are absent. */
export function decisionsByFlow(design: Design): Map<string, Decision> {
  const flows = new Set(design.edges.filter(isFlow).map((flow) => flow.id));
  const out = new Map<string, Decision>();
  for (const decision of design.review?.decisions ?? []) {
    if (!flows.has(decision.flowId)) continue;
    const kept = out.get(decision.flowId);
    if (!kept || time(decision.at) >= time(kept.at)) out.set(decision.flowId, decision);
  }
  return out;
}

export function decisionFor(design: Design, flowId: string): Decision | undefined {
  return decisionsByFlow(design).get(flowId);
}

export function reviewProgress(design: Design): ReviewProgress {
  const decisions = [...decisionsByFlow(design).values()];
  const accepted = decisions.filter((d) => d.status === 'accepted').length;
  return {
    reviewed: decisions.length,
    total: design.edges.filter(isFlow).length,
    accepted,
    changesRequested: decisions.length - accepted,
  };
}

function time(at: string): number {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
