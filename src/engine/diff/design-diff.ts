import { evaluate } from '../evaluate.ts';
import type { PackId } from '../model/packs.ts';
import type { Design, DesignEdge, DesignNode, EvaluationResult, Finding } from '../model/types.ts';
import { endName, type Parts } from '../model/names.ts';
import { findingChanges, flowChanges, partsOf, subjectIn, type FlowChange } from './flow-changes.ts';
import { matchParts } from './match.ts';
import { designFieldChanges, partChanges, type FieldChange, type PartChange } from './part-changes.ts';

// Two versions of a design, evaluated with one rule pack, and what differs between them: the flows
// whose outcome changed (worst first, with the findings that explain it), the parts added, removed
// and changed field by field, and the design-level findings raised and cleared. One function for
// the worker, the screen and the checker (`fastpath-check diff`); docs/format.md describes it.

export type DesignDiff = {
  /** The dated pack both versions were evaluated with (`latest` resolved). */
  rulesAsOf: EvaluationResult['rulesAsOf'];
  pack: EvaluationResult['pack'];
  /** The design's own fields that changed: title, rulesAsOf, allowPreviews. */
  design: FieldChange[];
  nodes: PartChange<DesignNode>[];
  /** Every edge, flows included (their outcomes are in `flows`). */
  edges: PartChange<DesignEdge>[];
  flows: FlowChange[];
  /** Design-level findings (not about one flow) raised in the newer version and cleared from the older. */
  findings: { raised: Finding[]; cleared: Finding[] };
  summary: DiffSummary;
};

export type DiffSummary = {
  /** Flows that left FastPath, lost their route, broke their expectation or gained an error. */
  worse: number;
  better: number;
  /** Error findings in the newer version the older one did not have, about flows or the design. */
  newErrors: number;
  /** Parts added, removed and changed (flows counted as edges). */
  parts: number;
};

export type DiffOptions = {
  /** The pack both versions are evaluated with; the newer version's own when absent. */
  rulesAsOf?: PackId;
};

/** Evaluates both versions with one pack and compares them. */
export function diffVersions(before: Design, after: Design, options: DiffOptions = {}): DesignDiff {
  const rulesAsOf = options.rulesAsOf ?? after.rulesAsOf;
  return compareVersions(
    { design: before, result: evaluate(before, { rulesAsOf }) },
    { design: after, result: evaluate(after, { rulesAsOf }) },
  );
}

/** Compares two versions already evaluated (with the same pack: the newer result's is reported). */
export function compareVersions(
  before: { design: Design; result: EvaluationResult },
  after: { design: Design; result: EvaluationResult },
): DesignDiff {
  const matching = matchParts(before.design, after.design);
  const oldParts = partsOf(before.design);
  const newParts = partsOf(after.design);
  const nodeNames = {
    before: (node: DesignNode) => endName(oldParts, node.id),
    after: (node: DesignNode) => endName(newParts, node.id),
  };
  const edgeNames = {
    before: (edge: DesignEdge) => edgeName(oldParts, edge),
    after: (edge: DesignEdge) => edgeName(newParts, edge),
  };
  const nodes = partChanges(before.design.nodes, after.design.nodes, matching.nodes, matching.nodes, nodeNames);
  const edges = partChanges(before.design.edges, after.design.edges, matching.edges, matching.nodes, edgeNames);
  const flows = flowChanges(before, after, matching, oldParts, newParts);
  const findings = findingChanges(before.result.findings, after.result.findings, subjectIn(matching));
  const isError = (finding: Finding) => finding.severity === 'error';
  return {
    rulesAsOf: after.result.rulesAsOf,
    pack: after.result.pack,
    design: designFieldChanges(before.design, after.design),
    nodes,
    edges,
    flows,
    findings,
    summary: {
      worse: flows.filter((flow) => flow.effect === 'worse').length,
      better: flows.filter((flow) => flow.effect === 'better').length,
      newErrors: [...findings.raised, ...flows.flatMap((flow) => flow.raised)].filter(isError).length,
      parts: nodes.length + edges.length,
    },
  };
}

/** An edge's name, or its ends as the canvas labels them: `HQ → Hub VM`. */
function edgeName(parts: Parts, edge: DesignEdge): string {
  return edge.label?.trim() || `${endName(parts, edge.source)} → ${endName(parts, edge.target)}`;
}

/** Whether the newer version made anything worse: what fails a pull request's check. */
export function diffWorsens(diff: DesignDiff): boolean {
  return diff.summary.worse > 0 || diff.summary.newErrors > 0;
}

/** Whether the two versions are the same design as far as the diff can tell. */
export function diffIsEmpty(diff: DesignDiff): boolean {
  return (
    diff.design.length === 0 &&
    diff.nodes.length === 0 &&
    diff.edges.length === 0 &&
    diff.flows.length === 0 &&
    diff.findings.raised.length === 0 &&
    diff.findings.cleared.length === 0
  );
}

export type { FieldChange, FlowChange, PartChange };
export type { FlowEffect, FlowOutcome } from './flow-changes.ts';
