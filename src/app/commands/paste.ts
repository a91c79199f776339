import { canPlace, type Design, type DesignEdge, type DesignNode, type Position } from '../../engine/index.ts';
import { freshId, takenIds } from './document-ops.ts';
import type { Fragment } from './fragment.ts';
import { clampIntoVnet, freeShift, nodeBox, siblingBoxes } from './placement.ts';
import { changed, defineCommand, refused } from './types.ts';

export type PasteArgs = {
  fragment: Fragment;
  /** Where copied children without their VNet go; by default the VNet they came from, if it is here. */
  targetVnetId?: string;
  /** Shift from the copied positions, so a copy never hides its original. */
  offset: Position;
};

/** Adds a copied fragment with fresh ids, keeping its edges, and selects what was pasted. */
export const paste = defineCommand<PasteArgs>({
  id: 'paste',
  label: 'Paste',
  run({ design }, { fragment, targetVnetId, offset }) {
    const taken = takenIds(design);
    const newId = new Map<string, string>();
    for (const node of fragment.design.nodes)
      if (!fragment.context.has(node.id)) newId.set(node.id, freshId(taken, node.kind));

    const nodes = [...design.nodes];
    const labels = new Set(design.nodes.map((n) => n.label));
    const pasted: string[] = [];
    // Top-level nodes first, so a pasted VNet exists before its pasted children look for it.
    const ordered = [...fragment.design.nodes].sort(
      (a, b) => Number(a.parentId !== undefined) - Number(b.parentId !== undefined),
    );
    for (const node of ordered) {
      const id = newId.get(node.id);
      if (!id) continue;
      let parent: DesignNode | undefined;
      let position: Position = node.position ?? { x: 0, y: 0 };
      const fromContext = node.parentId !== undefined && fragment.context.has(node.parentId);
      if (node.parentId !== undefined && !fromContext) {
        parent = nodes.find((n) => n.id === newId.get(node.parentId as string));
      } else if (fromContext) {
        const wanted = targetVnetId ?? node.parentId;
        parent = nodes.find((n) => n.id === wanted && n.kind === 'vnet');
        if (!parent) return refused(`Select a VNet to paste ${node.label || node.id} into: it must sit inside a VNet.`);
        position = clampIntoVnet({ x: position.x + offset.x, y: position.y + offset.y });
      } else {
        position = { x: Math.round(position.x + offset.x), y: Math.round(position.y + offset.y) };
      }
      const candidate = { ...design, nodes };
      const allowed = canPlace(candidate, node.kind, parent);
      if (!allowed.ok) return refused(allowed.reason);
      const { parentId: _old, ...rest } = node;
      const label = uniqueLabel(node.label, labels);
      nodes.push(
        remapRoute({ ...rest, id, label, position, ...(parent ? { parentId: parent.id } : {}) } as DesignNode, newId),
      );
      if (!parent || fromContext) pasted.push(id);
    }

    const edges: DesignEdge[] = [...design.edges];
    const pastedEdges: string[] = [];
    for (const edge of fragment.design.edges) {
      const source = newId.get(edge.source);
      const target = newId.get(edge.target);
      if (!source || !target) continue;
      const id = freshId(taken, edge.kind);
      edges.push({ ...edge, id, source, target });
      pastedEdges.push(id);
    }
    if (pasted.length === 0 && pastedEdges.length === 0) return refused('There is nothing to paste.');
    const next: Design = { ...design, nodes: spreadOut({ ...design, nodes }, new Set(newId.values())), edges };
    return changed(next, { nodeIds: pasted, edgeIds: pasted.length === 0 ? pastedEdges : [] });
  },
});

/**
 * Moves what was pasted, together, off what was there: per parent (the top level, or a VNet that
 * was not pasted), the pasted nodes keep their arrangement and shift to the nearest free place.
 * Children of a pasted VNet move with it.
 */
function spreadOut(design: Design, pasted: ReadonlySet<string>): DesignNode[] {
  const groups = new Map<string | undefined, DesignNode[]>();
  for (const node of design.nodes) {
    if (!pasted.has(node.id) || (node.parentId !== undefined && pasted.has(node.parentId))) continue;
    const group = groups.get(node.parentId);
    if (group) group.push(node);
    else groups.set(node.parentId, [node]);
  }
  const shifts = new Map<string, Position>();
  for (const [parentId, group] of groups) {
    const shift = freeShift(
      group.map((node) => nodeBox(design, node)),
      siblingBoxes(design, parentId, pasted),
    );
    if (shift.x !== 0 || shift.y !== 0) for (const node of group) shifts.set(node.id, shift);
  }
  if (shifts.size === 0) return design.nodes;
  return design.nodes.map((node) => {
    const shift = shifts.get(node.id);
    const at = node.position;
    return shift && at ? { ...node, position: { x: at.x + shift.x, y: at.y + shift.y } } : node;
  });
}

function remapRoute(node: DesignNode, newId: ReadonlyMap<string, string>): DesignNode {
  if (node.kind !== 'gateway' || node.props.udrNextHopId === undefined) return node;
  const hop = newId.get(node.props.udrNextHopId);
  const { udrNextHopId: _old, ...props } = node.props;
  return { ...node, props: hop ? { ...props, udrNextHopId: hop } : props };
}

/** "VM 1 (2)" when "VM 1" is taken: flows between look-alike copies would be unreadable. */
function uniqueLabel(label: string, taken: Set<string>): string {
  const base = label.replace(/ \(\d+\)$/, '');
  let unique = label;
  for (let n = 2; label && taken.has(unique); n++) unique = `${base} (${n})`;
  taken.add(unique);
  return unique;
}
