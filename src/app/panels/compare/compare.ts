import {
  PACKS,
  type Design,
  type EvaluationResult,
  type Finding,
  type PackId,
  type Verdict,
} from '../../../engine/index.ts';
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

/** The pack to compare with when the view opens: the documentation just before the design's own. */
export function defaultComparePack(own: PackId): PackId {
  const index = PACKS.findIndex((pack) => pack.id === own);
  const other = PACKS[index > 0 ? index - 1 : 1];
  return other?.id ?? 'latest';
}

/** The pack just older than `pack`, or null for the oldest. */
export function olderPack(pack: PackId): PackId | null {
  const index = PACKS.findIndex((p) => p.id === pack);
  return index > 0 ? (PACKS[index - 1]?.id ?? null) : null;
}
