import type { Point } from './geometry.ts';

// Which VNet a point falls in: how a drop from the palette or a drag decides a resource's VNet.

type Box = { id: string; type?: string; position: Point; width?: number; height?: number; parentId?: string };

/** The top-level VNet containing `point` (flow coordinates), skipping `exclude`; the last drawn wins. */
export function vnetAt<T extends Box>(
  nodes: readonly T[],
  point: Point,
  exclude: ReadonlySet<string> = new Set(),
): T | undefined {
  let found: T | undefined;
  for (const node of nodes) {
    if (node.type !== 'vnet' || node.parentId !== undefined || exclude.has(node.id)) continue;
    const { x, y } = node.position;
    if (point.x >= x && point.x <= x + (node.width ?? 0) && point.y >= y && point.y <= y + (node.height ?? 0))
      found = node;
  }
  return found;
}

/** A node's top-left in flow coordinates: its own position plus its VNet's, for children. */
export function absoluteOf<T extends Box>(node: T, byId: ReadonlyMap<string, T>): Point {
  if (node.parentId === undefined) return node.position;
  const parent = byId.get(node.parentId);
  return parent ? { x: parent.position.x + node.position.x, y: parent.position.y + node.position.y } : node.position;
}

export function centreOf(topLeft: Point, box: { width?: number; height?: number }): Point {
  return { x: topLeft.x + (box.width ?? 0) / 2, y: topLeft.y + (box.height ?? 0) / 2 };
}
