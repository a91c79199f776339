import {
  EDGE_PROPS,
  NODE_PROPS,
  withReview,
  type Design,
  type DesignEdge,
  type DesignNode,
  type EdgeKind,
  type NodeKind,
} from '../../engine/index.ts';
import { KIND_NAMES } from '../words.ts';

// Small pure helpers the commands share: fresh ids, defaults, and removal that leaves no
// dangling reference behind (the loader would refuse the document otherwise).

const ID_PREFIX: Record<NodeKind | EdgeKind | 'note', string> = {
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
  note: 'note',
};

/**
 * Ids a new node, edge or note must not take. Review entries count too: a design opened from
 * storage is not loaded again, so one kept by an older copy of the app may still name a deleted
 * flow, and a new flow must not inherit that flow's decision.
 */
export function takenIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const node of design.nodes) ids.add(node.id);
  for (const edge of design.edges) ids.add(edge.id);
  for (const note of design.notes) ids.add(note.id);
  for (const id of design.review?.agenda ?? []) ids.add(id);
  for (const decision of design.review?.decisions ?? []) ids.add(decision.flowId);
  return ids;
}

/**
 * This editor's own mark on the ids it makes, while others make ids in the same document (a live
 * session): two people adding a note at once must not both make "note-1".
 */
let idScope = '';

/** Sets (or, with '', clears) the mark every id made from now on carries: "vm-1-k3f9". */
export function setIdScope(scope: string): void {
  idScope = scope;
}

/** The first of "vm-1", "vm-2", … not in `taken`; the id is added to `taken`. */
export function freshId(taken: Set<string>, kind: NodeKind | EdgeKind | 'note'): string {
  const prefix = ID_PREFIX[kind];
  const suffix = idScope ? `-${idScope}` : '';
  let n = 1;
  while (taken.has(`${prefix}-${n}${suffix}`)) n++;
  const id = `${prefix}-${n}${suffix}`;
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
 * edges ending at a removed node, a gateway's route to a removed NVA, a note's pin, a removed
 * flow's decision and place on the review agenda.
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
  return withoutReviewOf({ ...design, nodes, edges, notes }, keptEdges);
}

/** The review without entries for flows that are not kept; the design itself when nothing goes. */
function withoutReviewOf(design: Design, keptEdges: ReadonlySet<string>): Design {
  const review = design.review;
  if (!review) return design;
  const agenda = review.agenda?.filter((id) => keptEdges.has(id));
  const decisions = review.decisions?.filter((decision) => keptEdges.has(decision.flowId));
  if (agenda?.length === review.agenda?.length && decisions?.length === review.decisions?.length) return design;
  return withReview(design, {
    ...review,
    ...(agenda ? { agenda } : {}),
    ...(decisions ? { decisions } : {}),
  });
}
