import type { Confidence, Design, EvaluationResult, Finding, Severity, Source } from '../../engine/index.ts';
import { VERDICT_STYLES } from '../verdict-style.ts';
import { findingKey } from './finding-key.ts';
import { bySeverity } from './severity-style.ts';

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
  const add = (finding: Finding, fromFlow: boolean) => {
    const key = findingKey(finding);
    const seen = rows.get(key);
    if (seen) {
      if (fromFlow) seen.flows += 1;
      return;
    }
    rows.set(key, {
      key,
      severity: finding.severity,
      ruleId: finding.ruleId,
      subject: finding.subject,
      subjectLabel: nameOf(finding.subject),
      message: finding.message,
      remediation: finding.remediation,
      confidence: finding.confidence,
      source: finding.source,
      flows: fromFlow ? 1 : 0,
    });
  };
  for (const finding of result.findings) add(finding, false);
  for (const flow of Object.values(result.flows)) for (const finding of flow.findings) add(finding, true);

  // A broken expectation is an error about the flow, keyed like any finding.
  for (const edge of design.edges) {
    const outcome = result.flows[edge.id];
    if (edge.kind !== 'flow' || !edge.props.expect || outcome?.expectationMet !== false) continue;
    const broken = {
      ruleId: 'expectation',
      subject: edge.id,
      message: `Expected ${VERDICT_STYLES[edge.props.expect].word}, but the flow is ${VERDICT_STYLES[outcome.verdict].word}.`,
    };
    rows.set(findingKey(broken), {
      ...broken,
      key: findingKey(broken),
      severity: 'error',
      subjectLabel: nameOf(edge.id),
      remediation: 'Change the design until the flow gets the verdict it must have, or change the expectation.',
      confidence: null,
      source: null,
      flows: 1,
    });
  }
  return [...rows.values()].sort(
    (a, b) => bySeverity(a, b) || a.ruleId.localeCompare(b.ruleId) || a.subjectLabel.localeCompare(b.subjectLabel),
  );
}
