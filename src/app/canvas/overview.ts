import { drawnBoxes } from '../drawing/where-drawn.ts';

// Zoomed out over a large design, a VM or a gateway is a few pixels wide: nobody reads or drags it
// there, yet each one React Flow draws is a wrapper, handles and store subscriptions, styled and
// laid out again every frame of a pan or a drag. In the overview, React Flow draws only the places
// (VNets, sites, circuits) and what is selected or on a selected flow; each VNet sketches its
// other resources as plain boxes in one small SVG (nodes/ChildSketch.tsx), and the links that end
// at a sketched resource join the links drawn as one layer (BundledLinks). Flows are counted per
// pair of places there already (flow-groups.ts). Pure: what to draw in, what to draw out.

/** A resource as its VNet sketches it: where it sits inside the VNet, and its kind for the colour. */
export type Sketched = { id: string; kind: string; x: number; y: number };

type Placed = {
  id: string;
  kind: string;
  parentId?: string | undefined;
  position?: { x: number; y: number } | undefined;
};

/**
 * A place as the overview draws it: above the flows (geometry.ts LAYER), where the resources are
 * otherwise. Lines between places then pass under them, and a VNet can be taken hold of even where
 * a hundred lines cross it. The copies are kept per node, so an unchanged node keeps its identity.
 */
export function createPlaceRaiser<N extends Node & { zIndex?: number | undefined }>(zIndex: number) {
  const raised = new WeakMap<N, N>();
  return (node: N): N => {
    if (node.parentId !== undefined || node.zIndex === zIndex) return node;
    let copy = raised.get(node);
    if (!copy) {
      copy = { ...node, zIndex };
      raised.set(node, copy);
    }
    return copy;
  };
}

/** Each VNet's resources, relative to the VNet, where the canvas draws them (drawing/where-drawn.ts). */
export function sketchesOf(nodes: readonly Placed[]): Map<string, Sketched[]> {
  const { vnets, resources } = drawnBoxes(nodes);
  const vnetAt = new Map(vnets.map((box) => [box.id, box]));
  const parentOf = new Map(nodes.map((node) => [node.id, node.parentId]));
  const sketches = new Map<string, Sketched[]>();
  for (const box of resources) {
    const parentId = parentOf.get(box.id);
    const vnet = parentId === undefined ? undefined : vnetAt.get(parentId);
    if (!vnet || parentId === undefined) continue;
    const inside = sketches.get(parentId) ?? [];
    inside.push({ id: box.id, kind: box.kind, x: box.x - vnet.x, y: box.y - vnet.y });
    sketches.set(parentId, inside);
  }
  return sketches;
}

type Node = { id: string; parentId?: string | undefined };
type Edge = { id: string; type?: string | undefined; source: string; target: string };

export type OverviewCut<N, E> = {
  /** What React Flow draws: the places, and the resources kept. */
  nodes: N[];
  /** The edges between what React Flow draws. */
  edges: E[];
  /** The links with an end only sketched: drawn in the links' layer. */
  bundled: E[];
  /** The resources React Flow still draws: the rest are sketched by their VNet. */
  kept: ReadonlySet<string>;
};

/**
 * The overview of `nodes` and `edges` (flows already grouped): every node on the open canvas, and
 * of the resources inside a VNet only those in `keep` (selected, on the selected flow's path) or at
 * an end of a flow still drawn on its own; `place` gives each place as the overview draws it.
 * Links with an end that is only sketched move to `bundled`. Returns the same arrays when nothing is left out, so React Flow sees no change.
 */
export function cutForOverview<N extends Node, E extends Edge>(
  nodes: N[],
  edges: E[],
  keep: ReadonlySet<string>,
  place: (node: N) => N = (node) => node,
): OverviewCut<N, E> {
  const kept = new Set<string>();
  for (const id of keep) kept.add(id);
  for (const edge of edges) {
    if (edge.type !== 'flow') continue;
    kept.add(edge.source);
    kept.add(edge.target);
  }
  const shownNodes = nodes.filter((node) => node.parentId === undefined || kept.has(node.id)).map(place);
  const shown = new Set(shownNodes.map((node) => node.id));
  const drawn: E[] = [];
  const bundled: E[] = [];
  for (const edge of edges) (shown.has(edge.source) && shown.has(edge.target) ? drawn : bundled).push(edge);
  const keptChildren = new Set(shownNodes.filter((node) => node.parentId !== undefined).map((node) => node.id));
  return {
    nodes: shownNodes.every((node, i) => node === nodes[i]) && shownNodes.length === nodes.length ? nodes : shownNodes,
    edges: bundled.length === 0 ? edges : drawn,
    bundled,
    kept: keptChildren,
  };
}

/** The resource of `sketches` at `point` (relative to its VNet), if any: what a click in the overview picks. */
export function sketchedAt(
  sketches: readonly Sketched[] | undefined,
  point: { x: number; y: number },
  size: { width: number; height: number },
): Sketched | undefined {
  if (!sketches) return undefined;
  // The last drawn is on top.
  for (let i = sketches.length - 1; i >= 0; i--) {
    const box = sketches[i] as Sketched;
    if (point.x >= box.x && point.x <= box.x + size.width && point.y >= box.y && point.y <= box.y + size.height)
      return box;
  }
  return undefined;
}
