import type { EvaluationResult, Finding, FlowResult } from '../model/types.ts';
import type { Verdict } from '../schema/kinds.ts';

// The promises of the `decisive` mark (docs/format.md), as one check every kind of test can run on
// any result: the rule tables, the scenarios, the examples and the generated designs.

/** Verdicts that something decided: a limitation sent the flow through the gateway, or nothing routes it. */
const DECIDED: ReadonlySet<Verdict> = new Set<Verdict>(['gateway', 'unreachable']);

/** How many findings the flow's list starts with that are decisive. */
export function leadingDecisive(findings: readonly Finding[]): number {
  const firstOther = findings.findIndex((f) => !f.decisive);
  return firstOther < 0 ? findings.length : firstOther;
}

function flowProblems(id: string, flow: FlowResult): string[] {
  const marked = flow.findings.filter((f) => f.decisive).length;
  const problems: string[] = [];
  if (DECIDED.has(flow.verdict) && marked === 0) problems.push(`flow ${id} (${flow.verdict}): no decisive finding`);
  if (!DECIDED.has(flow.verdict) && marked > 0) problems.push(`flow ${id} (${flow.verdict}): ${marked} decisive`);
  if (leadingDecisive(flow.findings) !== marked) problems.push(`flow ${id}: a decisive finding is not listed first`);
  return problems;
}

/** Every way the result breaks those promises, in words; empty when it keeps them. */
export function decisiveProblems(result: EvaluationResult): string[] {
  const design = result.findings.filter((f) => f.decisive).map((f) => `design finding ${f.ruleId}@${f.subject}`);
  return [
    ...design.map((d) => `${d} is marked decisive`),
    ...Object.entries(result.flows).flatMap(([id, flow]) => flowProblems(id, flow)),
  ];
}
