import type { Design, DesignNode } from './types.ts';
import { ENDPOINT_KINDS, VNET_CHILD_KINDS, type EdgeKind, type NodeKind } from '../schema/kinds.ts';
import { NODE_NOUNS } from './kind-names.ts';

// What may sit where and what may join what, as Azure allows it. The loader refuses documents
// that break these rules (schema/structure.ts); the editor asks here first, so a person drawing
// is told why before anything is written into the design.

export type Allowed<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

const CHILD_KINDS: ReadonlySet<NodeKind> = new Set(VNET_CHILD_KINDS);
const ENDPOINTS: ReadonlySet<NodeKind> = new Set(ENDPOINT_KINDS);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a VM" / "A VM": how messages name a kind. */
export function aKind(kind: NodeKind, atStart = false): string {
  const a = NODE_NOUNS[kind].a;
  return atStart ? capitalise(a) : a;
}

export function livesInVnet(kind: NodeKind): boolean {
  return CHILD_KINDS.has(kind);
}

export function isEndpointKind(kind: NodeKind): boolean {
  return ENDPOINTS.has(kind);
}

/**
 * May a node of `kind` sit in `parent` (undefined = the top level of the canvas)? `movingId` is the
 * node being moved, so that it does not count against itself (a gateway staying in its VNet).
 */
export function canPlace(design: Design, kind: NodeKind, parent: DesignNode | undefined, movingId?: string): Allowed {
  if (!livesInVnet(kind)) {
    if (!parent) return { ok: true };
    return kind === 'vnet'
      ? { ok: false, reason: 'A VNet cannot sit inside another VNet. Connect VNets with a peering instead.' }
      : { ok: false, reason: `${aKind(kind, true)} sits outside Azure's VNets; place it on the open canvas.` };
  }
  if (!parent) return { ok: false, reason: `${aKind(kind, true)} must be inside a VNet. Drop it on a VNet.` };
  if (parent.kind !== 'vnet')
    return { ok: false, reason: `${aKind(kind, true)} must be inside a VNet, not inside ${aKind(parent.kind)}.` };
  if (kind === 'gateway') {
    const other = design.nodes.find((n) => n.kind === 'gateway' && n.parentId === parent.id && n.id !== movingId);
    if (other) {
      return {
        ok: false,
        reason: `${parent.label || parent.id} already has the ExpressRoute gateway ${other.label || other.id}; Azure allows one per VNet.`,
      };
    }
  }
  return { ok: true };
}

export type ConnectMode = 'auto' | 'flow';
export type InferredEdge = { kind: EdgeKind; source: string; target: string };

/**
 * The edge a person means when they join `fromId` to `toId`. In `auto` mode the pair decides:
 * site and circuit make a circuit link, gateway and circuit a connection, two VNets a peering
 * (the VNet dragged from is the hub), two endpoints a flow. In `flow` mode only flows are drawn.
 * Structural edges are turned round to FORMAT.md's direction whichever end the drag started at.
 */
export function inferEdge(
  design: Design,
  fromId: string,
  toId: string,
  mode: ConnectMode = 'auto',
): Allowed<{ edge: InferredEdge }> {
  const from = design.nodes.find((n) => n.id === fromId);
  let to = design.nodes.find((n) => n.id === toId);
  if (!from || !to) return { ok: false, reason: 'Both ends must be nodes of this design.' };
  // Dragged from a VNet onto something inside another VNet: the person means that VNet.
  if (mode === 'auto' && from.kind === 'vnet' && to.parentId !== undefined && to.parentId !== from.id) {
    const parentId = to.parentId;
    to = design.nodes.find((n) => n.id === parentId) ?? to;
  }
  if (from.id === to.id) return { ok: false, reason: 'An edge needs two different ends.' };

  if (mode === 'flow' || (isEndpointKind(from.kind) && isEndpointKind(to.kind))) return flowBetween(from, to);

  const both = (a: NodeKind, b: NodeKind) => (from.kind === a && to.kind === b) || (from.kind === b && to.kind === a);
  const oriented = (kind: EdgeKind, sourceKind: NodeKind): Allowed<{ edge: InferredEdge }> => {
    const [source, target] = from.kind === sourceKind ? [from, to] : [to, from];
    const edge = { kind, source: source.id, target: target.id };
    const repeat = repeatedEdge(design, edge);
    return repeat ? { ok: false, reason: repeat } : { ok: true, edge };
  };

  if (both('onPremises', 'circuit')) return oriented('circuitLink', 'onPremises');
  if (both('gateway', 'circuit')) return oriented('connection', 'gateway');
  if (both('vnet', 'vnet')) return oriented('vnetPeering', from.kind);
  return { ok: false, reason: whyNot(from.kind, to.kind) };
}

/**
 * Every node `fromId` can be joined to in `mode`, with the edge each would make, as inferEdge
 * decides pair by pair: in `auto` mode the structural edges (flows have their own list), in `flow`
 * mode the flows. Leaves out edges the design has already, flows included, and the VNet a
 * resource would stand in for. One pass over the design, with the existing edges in a set: the
 * inspector asks this of designs with thousands of nodes.
 */
export function joinChoices(
  design: Design,
  fromId: string,
  mode: ConnectMode,
): { to: DesignNode; edge: InferredEdge }[] {
  const from = design.nodes.find((n) => n.id === fromId);
  if (!from) return [];
  const existing = new Set<string>();
  for (const e of design.edges) {
    existing.add(`${e.kind}\u0000${e.source}\u0000${e.target}`);
    if (e.kind === 'vnetPeering') existing.add(`${e.kind}\u0000${e.target}\u0000${e.source}`);
  }
  const fresh = (edge: InferredEdge) => !existing.has(`${edge.kind}\u0000${edge.source}\u0000${edge.target}`);
  const choices: { to: DesignNode; edge: InferredEdge }[] = [];
  const fromEndpoint = isEndpointKind(from.kind);
  for (const to of design.nodes) {
    if (to.id === from.id) continue;
    let edge: InferredEdge | undefined;
    if (mode === 'flow' || (fromEndpoint && isEndpointKind(to.kind))) {
      if (mode === 'flow' && fromEndpoint && isEndpointKind(to.kind))
        edge = { kind: 'flow', source: from.id, target: to.id };
    } else {
      edge = structuralEdge(from, to);
    }
    if (edge && fresh(edge)) choices.push({ to, edge });
  }
  return choices;
}

/** The structural edge joining two nodes as they are (no VNet standing in), in FORMAT.md's direction. */
function structuralEdge(from: DesignNode, to: DesignNode): InferredEdge | undefined {
  const pair = (a: NodeKind, b: NodeKind) => (from.kind === a && to.kind === b) || (from.kind === b && to.kind === a);
  const oriented = (kind: EdgeKind, sourceKind: NodeKind): InferredEdge => {
    const [source, target] = from.kind === sourceKind ? [from, to] : [to, from];
    return { kind, source: source.id, target: target.id };
  };
  if (pair('onPremises', 'circuit')) return oriented('circuitLink', 'onPremises');
  if (pair('gateway', 'circuit')) return oriented('connection', 'gateway');
  if (pair('vnet', 'vnet')) return oriented('vnetPeering', from.kind);
  return undefined;
}

function flowBetween(from: DesignNode, to: DesignNode): Allowed<{ edge: InferredEdge }> {
  for (const end of [from, to]) {
    if (!isEndpointKind(end.kind)) {
      return {
        ok: false,
        reason: `${aKind(end.kind, true)} cannot be a flow's end. Flows run between sites, VMs, load balancers, private endpoints, DNS resolvers and NVAs.`,
      };
    }
  }
  return { ok: true, edge: { kind: 'flow', source: from.id, target: to.id } };
}

function repeatedEdge(design: Design, edge: InferredEdge): string | undefined {
  const same = design.edges.find((e) => {
    if (e.kind !== edge.kind) return false;
    if (e.source === edge.source && e.target === edge.target) return true;
    return edge.kind === 'vnetPeering' && e.source === edge.target && e.target === edge.source;
  });
  if (!same) return undefined;
  switch (edge.kind) {
    case 'vnetPeering':
      return 'These VNets are already peered.';
    case 'connection':
      return 'This gateway already has a connection to this circuit.';
    default:
      return 'This site is already linked to this circuit.';
  }
}

/** Why a pair of kinds has no edge, with what to do instead. */
function whyNot(a: NodeKind, b: NodeKind): string {
  const pair = new Set([a, b]);
  if (pair.has('vnet') && pair.has('circuit')) {
    return 'A VNet reaches a circuit through its ExpressRoute gateway: place a gateway in the VNet and connect the gateway to the circuit.';
  }
  if (pair.has('circuit') && pair.size === 1)
    return 'Circuits are not joined to each other here; link each to its on-premises site and gateways.';
  if (pair.has('gateway') && pair.has('vnet'))
    return 'A gateway belongs to the VNet it sits in; connect it to a circuit instead.';
  if (pair.has('gateway') && pair.has('onPremises'))
    return 'On-premises sites reach a gateway through a circuit: link the site to a circuit, then connect the gateway to that circuit.';
  if (pair.has('gateway') && pair.size === 1)
    return 'Two ExpressRoute gateways are not connected to each other; connect each to a circuit.';
  if (pair.has('gateway'))
    return 'An ExpressRoute gateway carries flows but never starts or ends one; draw the flow between the endpoints, and connect the gateway to a circuit.';
  if (pair.has('vnet'))
    return 'Only a peering joins a VNet, and only to another VNet. To draw traffic, connect the resources inside it.';
  if (pair.has('circuit'))
    return `${aKind(a === 'circuit' ? b : a, true)} does not connect to a circuit; only on-premises sites (circuit link) and gateways (connection) do.`;
  return `Nothing joins ${aKind(a)} to ${aKind(b)}.`;
}
