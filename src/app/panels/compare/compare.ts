import type { Design, EvaluationResult, Finding, Verdict } from '../../../engine/index.ts';
import { flowFullTitle, flowLabels, isFlow, type FlowLabel } from '../../words.ts';

// Two rule packs side by side: which flows get another verdict, and the findings that explain the
// change (those one pack raises about the flow and the other does not).

export type VerdictChange = {
  flowId: string;
  name: string;
  from: Verdict;
  to: Verdict;
  /** Findings the second pack raises for this flow that the first does not. */
  added: Finding[];
  /** Findings the first pack raised for this flow that the second no longer does. */
  dropped: Finding[];
};

export type Comparison = { changes: VerdictChange[]; unchanged: number };

// A rule's finding about a subject counts as the same finding in both packs even when its wording
// follows the documentation of each date.
const identity = (finding: Finding) => `${finding.ruleId}|${finding.subject}`;

export function compareEvaluations(design: Design, first: EvaluationResult, second: EvaluationResult): Comparison {
  const labels = flowLabels(design);
  const changes: VerdictChange[] = [];
  let unchanged = 0;
  for (const flow of design.edges.filter(isFlow)) {
    const a = first.flows[flow.id];
    const b = second.flows[flow.id];
    if (!a || !b) continue;
    if (a.verdict === b.verdict) {
      unchanged++;
      continue;
    }
    const inA = new Set(a.findings.map(identity));
    const inB = new Set(b.findings.map(identity));
    changes.push({
      flowId: flow.id,
      name: flowFullTitle(labels.get(flow.id) as FlowLabel),
      from: a.verdict,
      to: b.verdict,
      added: b.findings.filter((f) => !inA.has(identity(f))),
      dropped: a.findings.filter((f) => !inB.has(identity(f))),
    });
  }
  return { changes, unchanged };
}
