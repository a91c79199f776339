import type { Design, DesignNode, Position } from '../../engine/index.ts';
import { RESOURCE_SIZE } from '../drawing/sizes.ts';
import { vnetInside } from '../drawing/where-drawn.ts';

// The arrangement of a large estate that arrives without positions (an import of hundreds of
// VNets). A layered layout puts every spoke of a hub in one layer: one column, thousands of
// pixels tall, that no zoom level shows whole. Here the picture reads as architects draw it:
// on-premises sites, then circuits, then each hub in a column, with its spokes in a grid beside
// it; hubs and spokes by region, then by name; VNets peered with no hub in a grid below.

/** From this many VNets a design is laid out as an estate, not by ELK. */
export const ESTATE_FROM_VNETS = 24;

const COLUMN_GAP = 200;
const ROW_GAP = 60;
const CELL_GAP = 60;
const BLOCK_GAP = 140;

type Size = { width: number; height: number };

/** Positions for every node, in FORMAT.md's sense: top-level absolute, children relative to their VNet. */
export function estateLayout(design: Design): Map<string, Position> {
  const positions = new Map<string, Position>();
  const byId = new Map(design.nodes.map((node) => [node.id, node]));
  const children = new Map<string, DesignNode[]>();
  const topLevel: DesignNode[] = [];
  for (const node of design.nodes) {
    const parent = node.parentId !== undefined ? byId.get(node.parentId) : undefined;
    if (parent?.kind === 'vnet' && parent.parentId === undefined) {
      const siblings = children.get(parent.id);
      if (siblings) siblings.push(node);
      else children.set(parent.id, [node]);
    } else {
      topLevel.push(node);
    }
  }

  // Each VNet's children stacked as the canvas stacks them, and the size that gives the VNet.
  const sizes = new Map<string, Size>();
  for (const vnet of topLevel.filter((node) => node.kind === 'vnet')) {
    const inside = (children.get(vnet.id) ?? []).map(({ id }) => ({ id }));
    const { places, width, height } = vnetInside(inside.map(() => ({})));
    inside.forEach(({ id }, i) => positions.set(id, places[i] ?? { x: 0, y: 0 }));
    sizes.set(vnet.id, { width, height });
  }
  const sizeOf = (node: DesignNode): Size => sizes.get(node.id) ?? RESOURCE_SIZE;

  // Hubs: VNets with a gateway, or on the hub side of a peering (FORMAT.md: source is the hub).
  const vnets = topLevel.filter((node) => node.kind === 'vnet');
  const isVnet = new Set(vnets.map((vnet) => vnet.id));
  const spokesOf = new Map<string, string[]>();
  for (const edge of design.edges) {
    if (edge.kind !== 'vnetPeering' || !isVnet.has(edge.source) || !isVnet.has(edge.target)) continue;
    const spokes = spokesOf.get(edge.source);
    if (spokes) spokes.push(edge.target);
    else spokesOf.set(edge.source, [edge.target]);
  }
  const hasGateway = new Set(
    design.nodes.filter((node) => node.kind === 'gateway' && node.parentId).map((node) => node.parentId),
  );
  const hubs = vnets.filter((vnet) => hasGateway.has(vnet.id) || spokesOf.has(vnet.id)).sort(byRegionThenName);
  const placed = new Set(hubs.map((hub) => hub.id));
  const blocks = hubs.map((hub) => {
    const spokes: DesignNode[] = [];
    for (const id of spokesOf.get(hub.id) ?? []) {
      const spoke = byId.get(id);
      if (!spoke || placed.has(id)) continue;
      placed.add(id);
      spokes.push(spoke);
    }
    return { hub, spokes: spokes.sort(byRegionThenName) };
  });
  const loose = vnets.filter((vnet) => !placed.has(vnet.id)).sort(byRegionThenName);

  // Column by column, left to right.
  const sites = topLevel.filter((node) => node.kind === 'onPremises');
  const circuits = topLevel.filter((node) => node.kind === 'circuit');
  const other = topLevel.filter(
    (node) => node.kind !== 'vnet' && node.kind !== 'onPremises' && node.kind !== 'circuit',
  );
  let x = 0;
  for (const column of [sites, circuits, other]) {
    if (column.length === 0) continue;
    let y = 0;
    for (const node of column) {
      positions.set(node.id, { x, y });
      y += sizeOf(node).height + ROW_GAP;
    }
    x += RESOURCE_SIZE.width + COLUMN_GAP;
  }

  const hubColumn = x;
  const hubWidth = Math.max(0, ...hubs.map((hub) => sizeOf(hub).width));
  let y = 0;
  for (const { hub, spokes } of blocks) {
    positions.set(hub.id, { x: hubColumn, y });
    const grid = placeGrid(spokes, sizeOf, hubColumn + hubWidth + COLUMN_GAP / 2, y, positions);
    y += Math.max(sizeOf(hub).height, grid.height) + BLOCK_GAP;
  }
  placeGrid(loose, sizeOf, hubColumn, y, positions);
  return positions;
}

/** VNets in rows, the grid about half again as wide as tall; returns the grid's height. */
function placeGrid(
  nodes: readonly DesignNode[],
  sizeOf: (node: DesignNode) => Size,
  left: number,
  top: number,
  positions: Map<string, Position>,
): { height: number } {
  if (nodes.length === 0) return { height: 0 };
  const cellWidth = Math.max(...nodes.map((node) => sizeOf(node).width)) + CELL_GAP;
  const cellHeight = Math.max(...nodes.map((node) => sizeOf(node).height)) + CELL_GAP;
  // columns × cellWidth ≈ 1.5 × rows × cellHeight, with rows = n / columns.
  const columns = Math.max(1, Math.ceil(Math.sqrt((nodes.length * 1.5 * cellHeight) / cellWidth)));
  let y = top;
  for (let start = 0; start < nodes.length; start += columns) {
    const row = nodes.slice(start, start + columns);
    row.forEach((node, i) => positions.set(node.id, { x: left + i * cellWidth, y }));
    y += Math.max(...row.map((node) => sizeOf(node).height)) + CELL_GAP;
  }
  return { height: y - top - CELL_GAP };
}

function regionOf(node: DesignNode): string {
  const region = (node.props as { region?: unknown }).region;
  return typeof region === 'string' ? region : '';
}

function byRegionThenName(a: DesignNode, b: DesignNode): number {
  return (
    regionOf(a).localeCompare(regionOf(b)) ||
    (a.label || a.id).localeCompare(b.label || b.id, undefined, { numeric: true }) ||
    a.id.localeCompare(b.id)
  );
}
