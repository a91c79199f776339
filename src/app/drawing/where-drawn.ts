import { RESOURCE_SIZE, VNET_CHILD_STEP, VNET_FIRST_CHILD, VNET_MIN_SIZE, VNET_PADDING } from './sizes.ts';

// Where the canvas draws what has no saved position, and how big a VNet grows: the canvas, the
// designs list's thumbnails and the placing of new nodes all follow these, so they agree.

type Point = { x: number; y: number };

/**
 * Top-level nodes: a saved position as it is; the others in rows of four below everything placed.
 * Keyed by whatever identifies a node for the caller.
 */
export function placeTopLevel<N extends { position?: Point | undefined }>(nodes: readonly N[]): Map<N, Point> {
  const placed = new Map<N, Point>();
  let bottom = 0;
  for (const node of nodes) {
    if (!node.position) continue;
    placed.set(node, node.position);
    bottom = Math.max(bottom, node.position.y + VNET_MIN_SIZE.height);
  }
  let column = 0;
  for (const node of nodes) {
    if (placed.has(node)) continue;
    placed.set(node, { x: (column % 4) * 340, y: bottom + 80 + Math.floor(column / 4) * 260 });
    column++;
  }
  return placed;
}

/**
 * Inside a VNet: where each child sits (relative to the VNet; one without a saved position stacks
 * below the lowest), and the VNet's size, grown to hold them all.
 */
export function vnetInside(children: readonly { position?: Point | undefined }[]): {
  places: Point[];
  width: number;
  height: number;
} {
  let width: number = VNET_MIN_SIZE.width;
  let height: number = VNET_MIN_SIZE.height;
  let unplaced = 0;
  let lowest = VNET_FIRST_CHILD.y - VNET_CHILD_STEP;
  for (const child of children) if (child.position) lowest = Math.max(lowest, child.position.y);
  const places = children.map((child) => {
    const at = child.position ?? { x: VNET_FIRST_CHILD.x, y: lowest + VNET_CHILD_STEP * ++unplaced };
    width = Math.max(width, at.x + RESOURCE_SIZE.width + VNET_PADDING);
    height = Math.max(height, at.y + RESOURCE_SIZE.height + VNET_PADDING);
    return at;
  });
  return { places, width, height };
}

/** A node's box where the canvas draws it, in absolute canvas coordinates. */
export type DrawnBox = { id: string; kind: string; x: number; y: number; width: number; height: number };

type Placeable = { id: string; kind: string; parentId?: string | undefined; position?: Point | undefined };

/**
 * Where the canvas draws each node (canvas/adapters.ts): top-level nodes at their places, the
 * children of a VNet inside it, VNets sized to hold them. A child whose parent is not a top-level
 * VNet is drawn as a top-level node, as the canvas does.
 */
export function drawnBoxes(nodes: readonly Placeable[]): { vnets: DrawnBox[]; resources: DrawnBox[] } {
  const vnetIds = new Set(nodes.filter((node) => node.kind === 'vnet' && node.parentId === undefined).map((n) => n.id));
  const children = new Map<string, Placeable[]>();
  const topLevel: Placeable[] = [];
  for (const node of nodes) {
    if (node.parentId !== undefined && vnetIds.has(node.parentId) && node.kind !== 'vnet') {
      const siblings = children.get(node.parentId) ?? [];
      siblings.push(node);
      children.set(node.parentId, siblings);
    } else {
      topLevel.push(node);
    }
  }

  const vnets: DrawnBox[] = [];
  const resources: DrawnBox[] = [];
  const places = placeTopLevel(topLevel);
  for (const node of topLevel) {
    const at = places.get(node) ?? { x: 0, y: 0 };
    if (node.kind !== 'vnet') {
      resources.push({ id: node.id, kind: node.kind, ...at, ...RESOURCE_SIZE });
      continue;
    }
    const inside = children.get(node.id) ?? [];
    const { places: spots, width, height } = vnetInside(inside);
    inside.forEach((child, i) => {
      const saved = spots[i] ?? { x: 0, y: 0 };
      resources.push({ id: child.id, kind: child.kind, x: at.x + saved.x, y: at.y + saved.y, ...RESOURCE_SIZE });
    });
    vnets.push({ id: node.id, kind: node.kind, ...at, width, height });
  }
  return { vnets, resources };
}
