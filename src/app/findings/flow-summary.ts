import type { FlowResult, Severity } from '../../engine/index.ts';
import { distinctFindings } from './finding-key.ts';
import { worse } from './severity-style.ts';

// One flow's findings as every view counts them: the flow list, the text view, the report and the
// marker on the flow's line.

export type FlowSummary = {
  /** The findings reported for the flow, each once. */
  findings: number;
  /** The worst of them; undefined when there are none. */
  worst: Severity | undefined;
  /** The flow does not get the verdict it is expected to have. */
  expectationBroken: boolean;
};

const NOTHING: FlowSummary = { findings: 0, worst: undefined, expectationBroken: false };

/** A flow not evaluated yet (no outcome) has nothing to say. */
export function flowSummary(outcome: FlowResult | undefined): FlowSummary {
  if (!outcome) return NOTHING;
  const known = summaries.get(outcome);
  if (known) return known;
  const findings = distinctFindings(outcome.findings);
  let worst: Severity | undefined;
  for (const finding of findings) worst = worst ? worse(worst, finding.severity) : finding.severity;
  const summary = { findings: findings.length, worst, expectationBroken: outcome.expectationMet === false };
  summaries.set(outcome, summary);
  return summary;
}

// Per outcome: an edit's answer keeps the outcome of every flow it did not change, and the flow
// list, the canvas and the text view each summarise all of them at each answer.
const summaries = new WeakMap<FlowResult, FlowSummary>();
