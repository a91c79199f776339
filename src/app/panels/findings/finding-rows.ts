import type { Confidence, Design, EvaluationResult, Finding, FlowResult, Severity, Source } from '../../../engine/index.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';

// Everything the analysis says, as one list for the findings panel: design findings, each flow's
// findings (a finding shared by several flows is listed once, with how many it touches), and
// every broken expectation as an error.

export type FindingRow = {
  key: string;
  severity: Severity;
  ruleId: string;
  /** The node or edge it is about; clicking the row selects it. */
  subject: string;
  subjectLabel: string;
  message: string;
  remediation: string;
  confidence: Confidence | null;
  source: Source | null;
  /** Flows this finding was reported for. */
  flows: number;
};

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Two reports of one finding (from several flows) are the same finding. */
const findingKey = (finding: Finding) => `${finding.ruleId}|${finding.subject}|${finding.message}`;

export function findingRows(design: Design, result: EvaluationResult): FindingRow[] {
  const labels = new Map<string, string>();
  for (const node of design.nodes) labels.set(node.id, node.label || node.id);
  const edges = new Map(design.edges.map((edge) => [edge.id, edge]));
  const nameOf = (id: string): string => {
    const edge = edges.get(id);
    if (!edge) return labels.get(id) ?? id;
    return `${labels.get(edge.source) ?? edge.source} → ${labels.get(edge.target) ?? edge.target}`;
  };

  const rows = new Map<string, FindingRow>();
  const add = (finding: EvaluationResult['findings'][number], fromFlow: boolean) => {
    const key = findingKey(finding);
    const seen = rows.get(key);
    if (seen) {
      if (fromFlow) seen.flows += 1;
      return;
    }
    rows.set(key, {
      key, severity: finding.severity, ruleId: finding.ruleId, subject: finding.subject, subjectLabel: nameOf(finding.subject),
      message: finding.message, remediation: finding.remediation, confidence: finding.confidence, source: finding.source, flows: fromFlow ? 1 : 0,
    });
  };
  for (const finding of result.findings) add(finding, false);
  for (const flow of Object.values(result.flows)) for (const finding of flow.findings) add(finding, true);

  for (const edge of design.edges) {
    const outcome = result.flows[edge.id];
    if (edge.kind !== 'flow' || !edge.props.expect || outcome?.expectationMet !== false) continue;
    rows.set(`expectation|${edge.id}`, {
      key: `expectation|${edge.id}`,
      severity: 'error',
      ruleId: 'expectation',
      subject: edge.id,
      subjectLabel: nameOf(edge.id),
      message: `Expected ${VERDICT_STYLES[edge.props.expect].word}, but the flow is ${VERDICT_STYLES[outcome.verdict].word}.`,
      remediation: 'Change the design until the flow gets the verdict it must have, or change the expectation.',
      confidence: null,
      source: null,
      flows: 1,
    });
  }
  return [...rows.values()].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.subjectLabel.localeCompare(b.subjectLabel));
}

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
    marks.set(finding.subject, mark ? { count: mark.count + 1, worst: worse(mark.worst, finding.severity) } : { count: 1, worst: finding.severity });
  };
  for (const finding of result.findings) add(finding);
  for (const outcome of Object.values(result.flows)) for (const finding of outcome.findings) add(finding);
  for (const [flowId, outcome] of Object.entries(result.flows)) {
    const mark = flowMark(outcome);
    if (mark) marks.set(flowId, mark);
  }
  return marks;
}

/** The marker on a flow edge: its findings, each once, and a broken expectation as an error. */
export function flowMark(outcome: FlowResult): FindingMark | undefined {
  const counted = new Set<string>();
  let worst: Severity | undefined;
  for (const finding of outcome.findings) {
    const key = findingKey(finding);
    if (counted.has(key)) continue;
    counted.add(key);
    worst = worst ? worse(worst, finding.severity) : finding.severity;
  }
  let count = counted.size;
  if (outcome.expectationMet === false) {
    count++;
    worst = 'error';
  }
  return worst ? { count, worst } : undefined;
}

function worse(a: Severity, b: Severity): Severity {
  return ORDER[b] < ORDER[a] ? b : a;
}

/** "2 findings, worst: warning", for tooltips and accessible names. */
export function findingsWords(mark: FindingMark): string {
  const count = `${mark.count} ${mark.count === 1 ? 'finding' : 'findings'}`;
  return mark.worst === 'info' ? count : `${count}, worst: ${mark.worst}`;
}
