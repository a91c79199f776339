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
  const findings = distinctFindings(outcome.findings);
  let worst: Severity | undefined;
  for (const finding of findings) worst = worst ? worse(worst, finding.severity) : finding.severity;
  return { findings: findings.length, worst, expectationBroken: outcome.expectationMet === false };
}
