import type { EvaluationResult, Finding, FlowResult, Severity } from '../../engine/index.ts';
import { everyFinding, findingKey } from './finding-key.ts';
import { flowSummary } from './flow-summary.ts';
import { worse } from './severity-style.ts';

/** A marker on the canvas: how many findings a node or edge has, and the worst of them. */
export type FindingMark = { count: number; worst: Severity };

/**
 * The marker for every subject with findings, counted as the panel lists them (once each). A flow
 * edge counts the findings reported for that flow, whatever their subject, since those are what
 * its details explain. It needs the result only, so an edit that leaves the answer alone (a
 * rename, a move) does not recount.
 */
export function findingMarks(result: EvaluationResult): Map<string, FindingMark> {
  const marks = new Map<string, FindingMark>();
  const seen = new Set<string>();
  const add = (finding: Finding) => {
    if (finding.subject in result.flows) return;
    const key = findingKey(finding);
    if (seen.has(key)) return;
    seen.add(key);
    const mark = marks.get(finding.subject);
    marks.set(
      finding.subject,
      mark
        ? { count: mark.count + 1, worst: worse(mark.worst, finding.severity) }
        : { count: 1, worst: finding.severity },
    );
  };
  for (const finding of everyFinding(result)) add(finding);
  for (const [flowId, outcome] of Object.entries(result.flows)) {
    const mark = flowMark(outcome);
    if (mark) marks.set(flowId, mark);
  }
  return marks;
}

/**
 * Marks already worked out, by result. A patched answer keeps the result objects of the flows an
 * edit did not touch, so redrawing a thousand flows after an edit works out only the changed ones.
 */
const flowMarks = new WeakMap<FlowResult, FindingMark | null>();

/** The marker on a flow edge: its findings, each once, and a broken expectation as an error. */
export function flowMark(outcome: FlowResult): FindingMark | undefined {
  const known = flowMarks.get(outcome);
  if (known !== undefined) return known ?? undefined;
  const summary = flowSummary(outcome);
  const mark: FindingMark | undefined = summary.expectationBroken
    ? { count: summary.findings + 1, worst: 'error' }
    : summary.worst
      ? { count: summary.findings, worst: summary.worst }
      : undefined;
  flowMarks.set(outcome, mark ?? null);
  return mark;
}

/** "2 findings, worst: warning", for tooltips and accessible names. */
export function findingsWords(mark: FindingMark): string {
  const count = `${mark.count} ${mark.count === 1 ? 'finding' : 'findings'}`;
  return mark.worst === 'info' ? count : `${count}, worst: ${mark.worst}`;
}
