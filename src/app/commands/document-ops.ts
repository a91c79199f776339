import {
  EDGE_PROPS,
  NODE_PROPS,
  type Design,
  type DesignEdge,
  type DesignNode,
  type EdgeKind,
  type NodeKind,
} from '../../engine/index.ts';
import { KIND_NAMES } from '../words.ts';

// Small pure helpers the commands share: fresh ids, defaults, and removal that leaves no
// dangling reference behind (the loader would refuse the document otherwise).

const ID_PREFIX: Record<NodeKind | EdgeKind, string> = {
  onPremises: 'site',
  circuit: 'circuit',
  vnet: 'vnet',
  gateway: 'gw',
  vm: 'vm',
  loadBalancer: 'lb',
  privateEndpoint: 'pe',
  dnsResolver: 'dns',
  nva: 'nva',
  circuitLink: 'link',
  connection: 'conn',
  vnetPeering: 'peering',
  flow: 'flow',
};

export function takenIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const node of design.nodes) ids.add(node.id);
  for (const edge of design.edges) ids.add(edge.id);
  return ids;
}

/** The first of "vm-1", "vm-2", … not in `taken`; the id is added to `taken`. */
export function freshId(taken: Set<string>, kind: NodeKind | EdgeKind): string {
  const prefix = ID_PREFIX[kind];
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  const id = `${prefix}-${n}`;
  taken.add(id);
  return id;
}

/** "VM 3" for the third VM, skipping labels already used. */
export function defaultLabel(design: Design, kind: NodeKind): string {
  const labels = new Set(design.nodes.map((n) => n.label));
  let n = design.nodes.filter((node) => node.kind === kind).length + 1;
  while (labels.has(`${KIND_NAMES[kind]} ${n}`)) n++;
  return `${KIND_NAMES[kind]} ${n}`;
}

export function defaultNodeProps<K extends NodeKind>(kind: K): DesignNode['props'] {
  return NODE_PROPS[kind].parse({}) as DesignNode['props'];
}

export function defaultEdgeProps<K extends EdgeKind>(kind: K): DesignEdge['props'] {
  return EDGE_PROPS[kind].parse({}) as DesignEdge['props'];
}

/** `ids` and, for VNets among them, everything inside. */
export function withChildren(design: Design, ids: Iterable<string>): Set<string> {
  const out = new Set(ids);
  for (const node of design.nodes) if (node.parentId !== undefined && out.has(node.parentId)) out.add(node.id);
  return out;
}

/**
 * The design without the given nodes and edges, and without anything that pointed at them:
 * edges ending at a removed node, a gateway's route to a removed NVA, a note's pin.
 */
export function removeItems(design: Design, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): Design {
  const nodes = design.nodes
    .filter((node) => !nodeIds.has(node.id))
    .map((node) => {
      if (node.kind !== 'gateway' || node.props.udrNextHopId === undefined || !nodeIds.has(node.props.udrNextHopId))
        return node;
      const { udrNextHopId: _removed, ...props } = node.props;
      return { ...node, props };
    });
  const edges = design.edges.filter(
    (edge) => !edgeIds.has(edge.id) && !nodeIds.has(edge.source) && !nodeIds.has(edge.target),
  );
  const keptEdges = new Set(edges.map((e) => e.id));
  const notes = design.notes.map((note) => {
    // A review note outlives what it was pinned to: keep its text, drop the pin.
    if (note.nodeId !== undefined && nodeIds.has(note.nodeId)) {
      const { nodeId: _pin, ...rest } = note;
      return rest;
    }
    if (note.edgeId !== undefined && !keptEdges.has(note.edgeId)) {
      const { edgeId: _pin, ...rest } = note;
      return rest;
    }
    return note;
  });
  return { ...design, nodes, edges, notes };
}
