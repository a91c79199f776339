import type { Design, DesignNode, Position } from '../../engine/index.ts';
import { RESOURCE_SIZE } from '../drawing/sizes.ts';
import { vnetInside } from '../drawing/where-drawn.ts';

// Where new nodes go. A child may never sit over its VNet's title or left of its border (VNets
// grow right and down to fit their children, so only the top-left needs a limit). And what is
// added, pasted or duplicated never lands on top of what is already there: it moves, as a group,
// to the nearest free place, trying below first, then to the right.

export const VNET_CHILD_MIN = { x: 12, y: 52 } as const;
/** Room kept between a placed node and its neighbours. */
export const PLACEMENT_GAP = 16;

type Box = { x: number; y: number; width: number; height: number };

export function clampIntoVnet(position: Position): Position {
  return {
    x: Math.max(VNET_CHILD_MIN.x, Math.round(position.x)),
    y: Math.max(VNET_CHILD_MIN.y, Math.round(position.y)),
  };
}

/** The box a node is drawn in, relative to its VNet for a child (a VNet's grows with its children). */
export function nodeBox(design: Design, node: DesignNode): Box {
  const { x, y } = node.position ?? { x: 0, y: 0 };
  if (node.kind !== 'vnet') return { x, y, ...RESOURCE_SIZE };
  const { width, height } = vnetInside(design.nodes.filter((child) => child.parentId === node.id));
  return { x, y, width, height };
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/**
 * How far to move a group of boxes so that none overlaps `taken` (with a gap): no move when it is
 * free already, else the nearest free spot on a grid of the group's own size, below before right.
 */
export function freeShift(group: readonly Box[], taken: readonly Box[], gap = PLACEMENT_GAP): Position {
  if (group.length === 0) return { x: 0, y: 0 };
  const left = Math.min(...group.map((b) => b.x));
  const top = Math.min(...group.map((b) => b.y));
  const stepX = Math.max(...group.map((b) => b.x + b.width)) - left + gap;
  const stepY = Math.max(...group.map((b) => b.y + b.height)) - top + gap;
  const free = (dx: number, dy: number) =>
    group.every((b) => taken.every((t) => !overlaps({ ...b, x: b.x + dx, y: b.y + dy }, t, gap)));
  if (free(0, 0)) return { x: 0, y: 0 };
  // Rings of grid cells around the wanted place, nearest first; never up or left of it, where a
  // VNet's title and border are.
  for (let ring = 1; ring <= 60; ring++) {
    const cells: [number, number][] = [];
    for (let i = 0; i <= ring; i++) cells.push([i, ring], [ring, i]);
    cells.sort((a, b) => a[0] + a[1] - (b[0] + b[1]) || a[0] - b[0]);
    for (const [cx, cy] of cells) if (free(cx * stepX, cy * stepY)) return { x: cx * stepX, y: cy * stepY };
  }
  // A design this crowded: below everything else.
  return { x: 0, y: Math.max(...taken.map((t) => t.y + t.height)) + gap - top };
}

/** The boxes of the nodes that share a parent (the top level when `parentId` is undefined), but `except`. */
export function siblingBoxes(design: Design, parentId: string | undefined, except: ReadonlySet<string>): Box[] {
  return design.nodes
    .filter((node) => node.parentId === parentId && !except.has(node.id) && node.position)
    .map((node) => nodeBox(design, node));
}
