import { useEffect, useState } from 'react';
import type { EvaluationResult, FlowResult } from '../../engine/index.ts';

// A new answer can change the verdict of hundreds of flows at once; redrawing them all in one go
// would hold the main thread for longer than a frame budget allows on a modest laptop. The canvas
// moves towards the new answer a slice of flows at a time, one short task each.

/**
 * Flows redrawn per step. Preact renders a step at once, with no time slicing, and a step also costs
 * a pass over every edge (toCanvasEdges, React Flow's setEdges): 40 flows keep a step of a 300-flow
 * design near 35 ms on this machine.
 */
const FLOWS_PER_STEP = 40;

/** What a flow edge shows from its result: equal ones need no redraw. */
function looksSame(a: FlowResult, b: FlowResult): boolean {
  return a.verdict === b.verdict && a.findings.length === b.findings.length && a.expectationMet === b.expectationMet;
}

/**
 * One step from `shown` towards `target`: up to `limit` flows that look different take their new
 * result, the rest keep the shown one (or stay absent, i.e. pending). Returns `target` itself once
 * nothing is left to change, so the last step lands exactly on the answer.
 */
export function stepTowards(
  shown: EvaluationResult | null,
  target: EvaluationResult,
  limit: number = FLOWS_PER_STEP,
): EvaluationResult {
  if (!shown) shown = { ...target, flows: {} };
  const flows: Record<string, FlowResult> = {};
  let changed = 0;
  let pending = false;
  for (const [id, next] of Object.entries(target.flows)) {
    const before = shown.flows[id];
    if (before && looksSame(before, next)) {
      flows[id] = next;
    } else if (changed < limit) {
      flows[id] = next;
      changed++;
    } else {
      pending = true;
      if (before) flows[id] = before;
    }
  }
  return pending ? { ...target, flows } : target;
}

/**
 * `target`, reached in steps of `step` flows, each rendered in a task of its own. A canvas that
 * draws only what is in view (DesignCanvas) takes the whole answer at once (`step` Infinity), in
 * the render that brought it: each step costs a pass over every edge and a frame, and what it
 * redraws is bounded by the view, not by the design.
 */
export function useSteppedResult(
  target: EvaluationResult | null,
  step: number = FLOWS_PER_STEP,
): EvaluationResult | null {
  const [shown, setShown] = useState<EvaluationResult | null>(null);
  const whole = step === Infinity;
  useEffect(() => {
    if (whole || shown === target) return;
    const next = target === null ? null : stepTowards(shown, target, step);
    // The first step waits for a new task, so the edit or answer that started this has painted.
    const timer = setTimeout(() => setShown(next), 0);
    return () => clearTimeout(timer);
  }, [whole, shown, target, step]);
  return whole ? target : shown;
}
