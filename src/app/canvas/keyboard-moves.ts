import type { Design, DesignNode } from '../../engine/index.ts';
import type { NodeMove } from '../commands/move-nodes.ts';
import type { Selection } from '../store/selection.ts';
import { RESOURCE_SIZE, VNET_MIN_SIZE } from './geometry.ts';

// The canvas from the keyboard: arrow keys move the selected nodes, and Ctrl+arrow (⌘ on a Mac)
// selects the nearest node that way, so the canvas is one tab stop with the nodes inside it.

export type Direction = 'left' | 'right' | 'up' | 'down';

/** A small step, and a large one with Shift, in canvas pixels. */
export const NUDGE = { small: 10, large: 50 } as const;

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** Moves for the selected nodes, a step one way; a child whose VNet moves too goes with it. */
export function nudgeMoves(design: Design, selection: Selection, direction: Direction, step: number): NodeMove[] {
  const chosen = new Set(selection.nodeIds);
  const { x, y } = UNIT[direction];
  return design.nodes
    .filter((node) => chosen.has(node.id) && !(node.parentId !== undefined && chosen.has(node.parentId)))
    .map((node) => {
      const at = node.position ?? { x: 0, y: 0 };
      return {
        id: node.id,
        ...(node.parentId !== undefined ? { parentId: node.parentId } : {}),
        position: { x: at.x + x * step, y: at.y + y * step },
      };
    });
}

/** Where a node's centre is drawn on the canvas (a child's position is relative to its VNet). */
function centre(design: Design, node: DesignNode, byId: ReadonlyMap<string, DesignNode>): { x: number; y: number } {
  let x = node.position?.x ?? 0;
  let y = node.position?.y ?? 0;
  const parent = node.parentId === undefined ? undefined : byId.get(node.parentId);
  if (parent) {
    x += parent.position?.x ?? 0;
    y += parent.position?.y ?? 0;
  }
  const size = node.kind === 'vnet' ? VNET_MIN_SIZE : RESOURCE_SIZE;
  return { x: x + size.width / 2, y: y + size.height / 2 };
}

/**
 * The node to select next, going one way from `fromId`: the nearest whose centre lies that way,
 * straying sideways counting double. From nothing, the top-left node.
 */
export function nearestNode(design: Design, fromId: string | undefined, direction: Direction): string | undefined {
  const byId = new Map(design.nodes.map((node) => [node.id, node]));
  const from = fromId === undefined ? undefined : byId.get(fromId);
  if (!from) {
    const first = [...design.nodes].sort((a, b) => {
      const p = centre(design, a, byId);
      const q = centre(design, b, byId);
      return p.y + p.x - (q.y + q.x);
    })[0];
    return first?.id;
  }
  const origin = centre(design, from, byId);
  const { x: ux, y: uy } = UNIT[direction];
  let best: { id: string; score: number } | undefined;
  for (const node of design.nodes) {
    if (node.id === from.id) continue;
    const c = centre(design, node, byId);
    const ahead = (c.x - origin.x) * ux + (c.y - origin.y) * uy;
    if (ahead <= 0) continue;
    const aside = Math.abs((c.x - origin.x) * uy) + Math.abs((c.y - origin.y) * ux);
    const score = ahead + 2 * aside;
    if (!best || score < best.score) best = { id: node.id, score };
  }
  return best?.id;
}
