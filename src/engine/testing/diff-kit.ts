import type { Design, DesignEdge, DesignNode } from '../model/types.ts';
import { formatProblem } from '../schema/errors.ts';
import { loadDesign } from '../schema/load.ts';
import { diffVersions, type DesignDiff, type PartChange } from '../diff/design-diff.ts';
import { baseDesign, type DesignDraft } from './design-builder.ts';

// What the design diff's tests share: designs to compare, the diff in brief, and ids renamed the way
// an export made again renames them.

export const load = (doc: unknown): Design => {
  const result = loadDesign(doc);
  if (!result.ok) throw new Error(`design refused: ${result.errors.map(formatProblem).join('; ')}`);
  return result.design;
};

/** The base design with a flow from on-premises to each VM. */
export const withFlows = (draft: DesignDraft = baseDesign()) =>
  draft.flow('f1', 'onprem', 'hubvm').flow('f2', 'onprem', 'spokevm');

export const diffOf = (before: DesignDraft, after: DesignDraft) => diffVersions(before.build(), after.build());

export const brief = (changes: readonly PartChange<DesignNode | DesignEdge>[]) =>
  changes.map((change) =>
    change.change === 'changed'
      ? { change: change.change, id: change.id, renamedFrom: change.renamedFrom, fields: change.fields }
      : { change: change.change, id: change.id },
  );

export const flowBrief = (diff: DesignDiff) =>
  diff.flows.map((flow) => ({
    id: flow.id,
    change: flow.change,
    effect: flow.effect,
    from: flow.before?.verdict,
    to: flow.after?.verdict,
  }));

/** Gives a node or edge another id everywhere the design names it, as a rewritten export would. */
export function renameId(doc: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const swap = (id: unknown) => (id === from ? to : id);
  const nodes = (doc.nodes as (Record<string, unknown> & { props: Record<string, unknown> })[]).map((node) => ({
    ...node,
    id: swap(node.id),
    ...(node.parentId === undefined ? {} : { parentId: swap(node.parentId) }),
    props: {
      ...node.props,
      ...(node.props.udrNextHopId === undefined ? {} : { udrNextHopId: swap(node.props.udrNextHopId) }),
    },
  }));
  const edges = (doc.edges as Record<string, unknown>[]).map((edge) => ({
    ...edge,
    id: swap(edge.id),
    source: swap(edge.source),
    target: swap(edge.target),
  }));
  return { ...doc, nodes, edges };
}
