import type { Design, DesignEdge, DesignNode, EvaluationResult } from '../../../engine/index.ts';
import { flowSummary } from '../../findings/flow-summary.ts';
import { decisionsByFlow } from '../../review/decisions.ts';
import { noteCounts } from '../../review/notes.ts';
import { DECISION_WORDS } from '../../review/review-rows.ts';
import type { FlowState } from '../../verdict-style.ts';
import { EDGE_NAMES, flowFullTitle, flowLabels, isFlow, nodeDetail, nodeIndex, type FlowLabel } from '../../words.ts';
import { EDGE_FIELDS, type Field } from '../inspector/fields.ts';

// The design as text, for reading with the keyboard or a screen reader: what sits outside Azure,
// each VNet with what is in it, the links between them with their settings, and the flows.

export type OutlineItem = { id: string; name: string; detail: string };
export type OutlineVnet = OutlineItem & { contents: OutlineItem[] };
export type OutlineLink = { id: string; kind: string; between: string; settings: string };
export type OutlineFlow = {
  id: string;
  name: string;
  state: FlowState;
  /** The hops after the source, as a traceroute shows them ("*" for the gateway). */
  path: string;
  expectation: 'passed' | 'failed' | null;
  findings: number;
  /** Where its review stands: "Accepted", "Change requested" or "Not reviewed yet". */
  review: string;
  notes: number;
};
export type Outline = { outside: OutlineItem[]; vnets: OutlineVnet[]; links: OutlineLink[]; flows: OutlineFlow[] };

/** "FastPath: on · Routing weight: 0": an edge's settings as the inspector names them. */
export function describeSettings(fields: readonly Field[], props: Record<string, unknown>): string {
  return fields
    .flatMap((field) => {
      const value = props[field.key];
      if (value === undefined || value === '') return [];
      if (field.type === 'boolean') return [`${field.label}: ${value === true ? 'on' : 'off'}`];
      if (field.type === 'select')
        return [`${field.label}: ${field.options.find((o) => o.value === String(value))?.label ?? String(value)}`];
      return [`${field.label}: ${Array.isArray(value) ? value.join(', ') : String(value)}`];
    })
    .join(' · ');
}

export function designOutline(design: Design, result: EvaluationResult | null): Outline {
  const nodes = nodeIndex(design);
  const labels = flowLabels(design);
  const decisions = decisionsByFlow(design);
  const notes = noteCounts(design.notes);
  const name = (id: string) => nodes.get(id)?.label || id;
  const item = (node: DesignNode): OutlineItem => ({
    id: node.id,
    name: node.label || node.id,
    detail: nodeDetail(node),
  });

  const vnets = design.nodes
    .filter((node) => node.kind === 'vnet')
    .map((vnet) => ({
      ...item(vnet),
      contents: design.nodes.filter((node) => node.parentId === vnet.id).map(item),
    }));
  const outside = design.nodes.filter((node) => node.kind !== 'vnet' && node.parentId === undefined).map(item);
  const links = design.edges
    .filter((edge): edge is Exclude<DesignEdge, { kind: 'flow' }> => !isFlow(edge))
    .map((edge) => ({
      id: edge.id,
      kind: EDGE_NAMES[edge.kind],
      between: `${name(edge.source)} – ${name(edge.target)}`,
      settings: describeSettings(EDGE_FIELDS[edge.kind], edge.props as Record<string, unknown>),
    }));
  const flows = design.edges.filter(isFlow).map((flow): OutlineFlow => {
    const outcome = result?.flows[flow.id];
    return {
      id: flow.id,
      name: flowFullTitle(labels.get(flow.id) as FlowLabel),
      state: outcome?.verdict ?? 'pending',
      path: outcome
        ? outcome.path
            .slice(1)
            .map((hop) => hop.label)
            .join(' → ') || 'no route'
        : '',
      expectation:
        flow.props.expect && outcome?.expectationMet !== undefined
          ? outcome.expectationMet
            ? 'passed'
            : 'failed'
          : null,
      findings: flowSummary(outcome).findings,
      review: DECISION_WORDS[decisions.get(flow.id)?.status ?? 'notReviewed'],
      notes: notes.get(flow.id) ?? 0,
    };
  });
  return { outside, vnets, links, flows };
}
