/// <reference types="vite/client" />
// Automatic layout with ELK, for designs whose nodes arrive without positions and for "Tidy".
// Pure apart from elk itself: the design goes in, positions in FORMAT.md's sense come out.
import type { ELK as Elk, ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { Design, DesignNode, Position } from '../../engine/index.ts';
import { RESOURCE_SIZE, VNET_FIRST_CHILD, VNET_MIN_SIZE, VNET_PADDING } from '../drawing/sizes.ts';
import { ESTATE_FROM_VNETS, estateLayout } from './estate-layout.ts';

const NODE_SPACING = 60;
const LAYER_SPACING = 80;

// Spacing options are read per (sub)graph, so VNets need them as well as the root.
const SPACING: LayoutOptions = {
  'elk.spacing.nodeNode': String(NODE_SPACING),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_SPACING),
};

const ROOT_OPTIONS: LayoutOptions = {
  ...SPACING,
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // One layout across VNet borders, so a gateway's connection to a circuit pulls it to the
  // VNet's left side instead of each VNet being laid out blind to the outside.
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

// ELK places children relative to the parent's top-left corner, padding included, so this
// padding yields exactly the canvas's rule: children from (30, 60), 30 spare right and below.
const VNET_OPTIONS: LayoutOptions = {
  ...SPACING,
  'elk.padding': `[top=${VNET_FIRST_CHILD.y},left=${VNET_FIRST_CHILD.x},bottom=${VNET_PADDING},right=${VNET_PADDING}]`,
  'elk.nodeSize.constraints': 'MINIMUM_SIZE',
  'elk.nodeSize.minimum': `(${VNET_MIN_SIZE.width},${VNET_MIN_SIZE.height})`,
};

let elkInstance: Promise<Elk> | undefined;

// A dynamic import keeps elk (about 1.6 MB) in its own chunk, fetched on first use only. In the
// page it runs in a worker of its own, so a large layout never holds the screen's thread; where
// there are no workers (the unit tests) it runs in place.
function elk(): Promise<Elk> {
  elkInstance ??= (async () => {
    if (typeof Worker !== 'undefined' && typeof document !== 'undefined') {
      const [{ default: ELK }, { default: workerUrl }] = await Promise.all([
        import('elkjs/lib/elk-api.js'),
        import('elkjs/lib/elk-worker.min.js?url'),
      ]);
      return new ELK({ workerUrl });
    }
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    return new ELK();
  })().catch((error: unknown) => {
    // A chunk that failed to load (offline for a moment) must not poison every later attempt.
    elkInstance = undefined;
    throw error;
  });
  return elkInstance;
}

/** Positions for every node: top-level nodes absolute, children of a VNet relative to the VNet's top-left corner (exactly like FORMAT.md's `position`). */
export async function layoutDesign(design: Design): Promise<Map<string, Position>> {
  // A large estate: hubs and their spokes in grids (estate-layout.ts), at once and without elk.
  if (design.nodes.filter((node) => node.kind === 'vnet').length >= ESTATE_FROM_VNETS) return estateLayout(design);
  const result = await (await elk()).layout(toElkGraph(design));
  const positions = new Map<string, Position>();
  const collect = (nodes: ElkNode[] | undefined) => {
    for (const node of nodes ?? []) {
      positions.set(node.id, { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) });
      collect(node.children);
    }
  };
  collect(result.children);
  return positions;
}

function toElkGraph(design: Design): ElkNode {
  const ids = new Set(design.nodes.map((node) => node.id));
  const children = new Map<string, DesignNode[]>();
  const topLevel: DesignNode[] = [];
  for (const node of design.nodes) {
    if (node.parentId !== undefined && ids.has(node.parentId)) {
      children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
    } else {
      topLevel.push(node);
    }
  }

  const card = (node: DesignNode): ElkNode => ({ id: node.id, ...RESOURCE_SIZE });
  const elkNodes = topLevel.map((node): ElkNode =>
    node.kind === 'vnet'
      ? { id: node.id, layoutOptions: VNET_OPTIONS, children: (children.get(node.id) ?? []).map(card) }
      : card(node),
  );

  const edges: ElkExtendedEdge[] = [];
  for (const edge of design.edges) {
    // Flows cross the picture in every direction; only structure should shape it.
    if (edge.kind === 'flow' || edge.source === edge.target) continue;
    // A connection runs gateway → circuit, but the picture reads on-premises → circuit → VNet,
    // so it is laid out the other way round.
    const [from, to] = edge.kind === 'connection' ? [edge.target, edge.source] : [edge.source, edge.target];
    edges.push({ id: edge.id, sources: [from], targets: [to] });
  }

  return { id: '__root__', layoutOptions: ROOT_OPTIONS, children: elkNodes, edges };
}
