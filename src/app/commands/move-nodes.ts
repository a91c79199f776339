import { canPlace, type DesignNode, type Position } from '../../engine/index.ts';
import { roundPosition } from './add-node.ts';
import { clampIntoVnet } from './placement.ts';
import { changed, defineCommand, refused, unchanged } from './types.ts';

export type NodeMove = {
  id: string;
  /** The VNet it ends up in (absent for the top level). */
  parentId?: string;
  /** Relative to that VNet, or absolute at the top level. */
  position: Position;
};

/**
 * Moves nodes, possibly into another VNet. All or nothing: if one move is refused (a VM dropped
 * outside every VNet, a second gateway in a VNet), nothing moves and the reason is given.
 */
export const moveNodes = defineCommand<{ moves: readonly NodeMove[] }>({
  id: 'move-nodes',
  label: 'Move',
  run({ design }, { moves }) {
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    const planned = new Map<string, DesignNode>();
    let gatewaysArriving = new Map<string, string>();
    for (const move of moves) {
      const node = byId.get(move.id);
      if (!node) continue;
      const parent = move.parentId === undefined ? undefined : byId.get(move.parentId);
      if (move.parentId !== undefined && !parent) return refused('That VNet is no longer in the design.');
      const allowed = canPlace(design, node.kind, parent, node.id);
      if (!allowed.ok) return refused(allowed.reason);
      if (node.kind === 'gateway' && parent) {
        // Two gateways dragged together into one VNet: each alone would fit, both do not.
        const other = gatewaysArriving.get(parent.id);
        if (other)
          return refused(
            `${parent.label || parent.id} can hold one ExpressRoute gateway; ${other} is already going there.`,
          );
        gatewaysArriving = new Map(gatewaysArriving).set(parent.id, node.label || node.id);
      }
      const position = parent ? clampIntoVnet(move.position) : roundPosition(move.position);
      const sameParent = node.parentId === parent?.id;
      if (sameParent && node.position?.x === position.x && node.position.y === position.y) continue;
      const { parentId: _old, ...rest } = node;
      planned.set(node.id, { ...rest, position, ...(parent ? { parentId: parent.id } : {}) } as DesignNode);
    }
    if (planned.size === 0) return unchanged;
    return changed({ ...design, nodes: design.nodes.map((n) => planned.get(n.id) ?? n) });
  },
});
