import type { Rect } from './geometry.ts';

type Boxed = {
  id: string;
  parentId?: string | undefined;
  position: { x: number; y: number };
  measured?: { width?: number | undefined; height?: number | undefined } | undefined;
  width?: number | undefined;
  height?: number | undefined;
};

/**
 * Absolute boxes of nodes as React Flow is given them (a VNet's children are placed relative to
 * it), for the layers drawn beside React Flow's own nodes: the links' layer and the group lines.
 */
export function absoluteBoxes(nodes: readonly Boxed[]): Map<string, Rect> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const placed = new Map<string, Rect>();
  const place = (node: Boxed, depth: number): Rect => {
    const known = placed.get(node.id);
    if (known) return known;
    const parent = node.parentId !== undefined && depth < 4 ? byId.get(node.parentId) : undefined;
    const origin = parent ? place(parent, depth + 1) : { x: 0, y: 0 };
    const box = {
      x: origin.x + node.position.x,
      y: origin.y + node.position.y,
      width: node.measured?.width ?? node.width ?? 0,
      height: node.measured?.height ?? node.height ?? 0,
    };
    placed.set(node.id, box);
    return box;
  };
  for (const node of nodes) place(node, 0);
  return placed;
}
