import type { Design, DesignEdge, DesignNode } from '../../engine/index.ts';
import { withChildren } from './document-ops.ts';
import type { Selection } from './types.ts';

// A piece of a design, as copied: itself a valid design document, so pasting goes through the
// one load pipeline. Selected children whose VNet is not selected bring that VNet along as
// "context": it tells the paste where they came from but is not pasted itself.

export const CLIPBOARD_FIELD = 'fastpathClipboard';

export type Fragment = { design: Design; context: ReadonlySet<string> };

export function fragmentOf(design: Design, selection: Selection): Fragment | null {
  const copied = withChildren(design, selection.nodeIds);
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const context = new Set<string>();
  for (const id of copied) {
    const parentId = byId.get(id)?.parentId;
    if (parentId !== undefined && !copied.has(parentId)) context.add(parentId);
  }
  const nodes: DesignNode[] = [];
  for (const node of design.nodes) {
    if (context.has(node.id)) nodes.push(node);
    else if (copied.has(node.id)) nodes.push(withoutDanglingRoute(node, copied));
  }
  // Edges come along when both ends do; a selected edge alone cannot be pasted without its ends.
  const edges: DesignEdge[] = design.edges.filter((edge) => copied.has(edge.source) && copied.has(edge.target));
  if (copied.size === 0) return null;
  // Notes and the review stay behind: a copied flow is a new flow, not yet discussed.
  return {
    design: {
      format: design.format,
      version: design.version,
      title: design.title,
      rulesAsOf: design.rulesAsOf,
      allowPreviews: design.allowPreviews,
      nodes,
      edges,
      notes: [],
    },
    context,
  };
}

function withoutDanglingRoute(node: DesignNode, copied: ReadonlySet<string>): DesignNode {
  if (node.kind !== 'gateway' || node.props.udrNextHopId === undefined || copied.has(node.props.udrNextHopId))
    return node;
  const { udrNextHopId: _dropped, ...props } = node.props;
  return { ...node, props };
}

/** The text put on the system clipboard: a design document with the context marked. */
export function fragmentText(fragment: Fragment): string {
  return JSON.stringify({ ...fragment.design, [CLIPBOARD_FIELD]: { context: [...fragment.context] } }, null, 2);
}

/** Reads the context list back from a loaded clipboard document. */
export function fragmentContext(design: Design): ReadonlySet<string> | null {
  const mark = design[CLIPBOARD_FIELD];
  if (typeof mark !== 'object' || mark === null) return null;
  const context = (mark as { context?: unknown }).context;
  if (!Array.isArray(context)) return new Set();
  return new Set(context.filter((id): id is string => typeof id === 'string'));
}
