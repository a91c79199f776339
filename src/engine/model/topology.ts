import type { Design, DesignEdge, DesignEdgeOf, DesignNode, DesignNodeOf } from './types.ts';
import { EDGE_KINDS, type EdgeKind, type EndpointKind, type NodeKind } from '../schema/kinds.ts';
import { nameOf } from './names.ts';

// Lookups over a loaded (already validated) design, built once per evaluation.
//
// Every lookup can be watched: while reads are being tracked (`track`), each one records the key
// of what it looked at: a group and an id, for an item (`=`, its id) or a group of items
// (`children`, a VNet's id; `connectionsFrom`, a gateway's…). An incremental evaluation keeps these
// keys per flow and per design rule and, after an edit, redoes only the work whose keys the edit
// touched (`changedKeys`). A lookup that finds nothing records its key too: adding what was
// missing must redo the work that missed it. Keys are recorded as pairs in a flat list, without
// building strings: lookups are the engine's innermost loop.

/** Read keys as they are recorded: group, id, group, id… (repeats included). */
export type Reads = string[];

/** The group of an item's own key. */
export const ITEM = '=';

/** A set of read keys, to ask whether a recorded list touches any of them. */
export class ReadKeys {
  private readonly groups = new Map<string, Set<string>>();
  add(group: string, id: string): void {
    const ids = this.groups.get(group);
    if (ids) ids.add(id);
    else this.groups.set(group, new Set([id]));
  }
  has(group: string, id: string): boolean {
    return this.groups.get(group)?.has(id) ?? false;
  }
  /** Every key of a recorded list. */
  static of(reads: Reads): ReadKeys {
    const keys = new ReadKeys();
    for (let i = 0; i < reads.length; i += 2) keys.add(reads[i] as string, reads[i + 1] as string);
    return keys;
  }
  /** Whether any key of `other` is in this set. */
  meets(other: ReadKeys): boolean {
    for (const [group, ids] of other.groups) {
      const mine = this.groups.get(group);
      if (mine) for (const id of ids) if (mine.has(id)) return true;
    }
    return false;
  }
  *[Symbol.iterator](): IterableIterator<[group: string, id: string]> {
    for (const [group, ids] of this.groups) for (const id of ids) yield [group, id];
  }
}

export type Vnet = DesignNodeOf<'vnet'>;
export type Gateway = DesignNodeOf<'gateway'>;
export type Circuit = DesignNodeOf<'circuit'>;
export type Site = DesignNodeOf<'onPremises'>;
export type Connection = DesignEdgeOf<'connection'>;
export type Peering = DesignEdgeOf<'vnetPeering'>;
export type CircuitLink = DesignEdgeOf<'circuitLink'>;
export type Flow = DesignEdgeOf<'flow'>;
export type Endpoint = { [K in EndpointKind]: DesignNodeOf<K> }[EndpointKind];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A value worked out once, with what working it out read (undefined when reads were not tracked). */
type Memo<T> = { value: T; reads: Reads | undefined };

/** A map whose lookups are recorded as item reads. */
class WatchedMap<V> {
  constructor(
    private readonly map: Map<string, V>,
    private readonly topo: Topology,
  ) {}
  get(id: string): V | undefined {
    this.topo.readItem(id);
    return this.map.get(id);
  }
}

export class Topology {
  private readonly design: Design;
  private readonly nodeMap = new Map<string, DesignNode>();
  private readonly edgeMap = new Map<string, DesignEdge>();
  readonly nodes = new WatchedMap(this.nodeMap, this);
  readonly edges = new WatchedMap(this.edgeMap, this);
  private reads: Reads | undefined;
  private readonly memos = new Map<string, Map<unknown, Map<unknown, Memo<unknown>>>>();
  private readonly children = new Map<string, DesignNode[]>();
  private readonly gatewayByVnet = new Map<string, Gateway>();
  private readonly connectionsByGateway = new Map<string, Connection[]>();
  private readonly connectionsByCircuit = new Map<string, Connection[]>();
  private readonly linksBySite = new Map<string, CircuitLink[]>();
  private readonly linksByCircuit = new Map<string, CircuitLink[]>();
  private readonly peeringsByVnet = new Map<string, Peering[]>();

  constructor(design: Design) {
    this.design = design;
    for (const node of design.nodes) {
      this.nodeMap.set(node.id, node);
      if (node.parentId !== undefined) push(this.children, node.parentId, node);
      if (node.kind === 'gateway' && node.parentId !== undefined) this.gatewayByVnet.set(node.parentId, node);
    }
    for (const edge of design.edges) {
      this.edgeMap.set(edge.id, edge);
      if (edge.kind === 'connection') {
        push(this.connectionsByGateway, edge.source, edge);
        push(this.connectionsByCircuit, edge.target, edge);
      } else if (edge.kind === 'circuitLink') {
        push(this.linksBySite, edge.source, edge);
        push(this.linksByCircuit, edge.target, edge);
      } else if (edge.kind === 'vnetPeering') {
        push(this.peeringsByVnet, edge.source, edge);
        push(this.peeringsByVnet, edge.target, edge);
      }
    }
  }

  /** Records reads into `reads` from now on (none when undefined); returns what recorded before. */
  track(reads: Reads | undefined): Reads | undefined {
    const before = this.reads;
    this.reads = reads;
    return before;
  }

  /** Notes a read of one node or edge. */
  readItem(id: string): void {
    this.reads?.push(ITEM, id);
  }

  /** Notes a read of a group (see `changedKeys` for the groups there are). */
  readGroup(group: string, id: string): void {
    this.reads?.push(group, id);
  }

  /**
   * `compute()` for the pair `a`, `b`, worked out once per topology under `table`. What the first
   * computation read is replayed into every later caller's reads, so work that reuses the value is
   * redone after an edit exactly as if it had computed it.
   */
  memo<A extends object, B extends object, T>(table: string, a: A, b: B, compute: () => T): T {
    let byA = this.memos.get(table) as Map<A, Map<B, Memo<T>>> | undefined;
    if (!byA) this.memos.set(table, (byA = new Map()));
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new Map()));
    const hit = byB.get(b);
    const outer = this.reads;
    if (hit && (hit.reads || !outer)) {
      if (outer && hit.reads) for (const key of hit.reads) outer.push(key);
      return hit.value;
    }
    if (!outer) {
      const value = compute();
      byB.set(b, { value, reads: undefined });
      return value;
    }
    const reads: Reads = [];
    this.reads = reads;
    try {
      const value = compute();
      byB.set(b, { value, reads });
      return value;
    } finally {
      this.reads = outer;
      for (const key of reads) outer.push(key);
    }
  }

  node<K extends NodeKind>(id: string, kind: K): DesignNodeOf<K> | undefined {
    const node = this.nodes.get(id);
    return node?.kind === kind ? (node as DesignNodeOf<K>) : undefined;
  }

  edge<K extends EdgeKind>(id: string, kind: K): DesignEdgeOf<K> | undefined {
    const edge = this.edges.get(id);
    return edge?.kind === kind ? (edge as DesignEdgeOf<K>) : undefined;
  }

  edgesOf<K extends EdgeKind>(kind: K): DesignEdgeOf<K>[] {
    this.readGroup('kind', kind);
    return this.design.edges.filter((e) => e.kind === kind) as DesignEdgeOf<K>[];
  }

  nodesOf<K extends NodeKind>(kind: K): DesignNodeOf<K>[] {
    this.readGroup('kind', kind);
    return this.design.nodes.filter((n) => n.kind === kind) as DesignNodeOf<K>[];
  }

  /** Every node, in the design's order. */
  allNodes(): readonly DesignNode[] {
    this.readGroup('nodes', '');
    return this.design.nodes;
  }

  /** The raw label, or the id when there is none: for path hops, not for messages (see `name`). */
  label(id: string): string {
    const node = this.nodes.get(id) ?? this.edges.get(id);
    return node?.label ? node.label : id;
  }

  /**
   * How a message names a node or edge: `connection "Primary"`, or for an unnamed one what the
   * canvas shows, `the connection ERGW1 → CIRCUIT_EQUINIX` (model/names.ts). `noun` gives the
   * part's role in place of its kind's word: `name(id, 'hub')` → `hub "Hub VNet"`.
   */
  name(id: string, noun?: string): string {
    return nameOf(this, id, noun);
  }

  /** The VNet a node lives in (a VNet is its own). */
  vnetOf(node: DesignNode): Vnet | undefined {
    if (node.kind === 'vnet') return node;
    return node.parentId === undefined ? undefined : this.node(node.parentId, 'vnet');
  }

  childrenOf(vnetId: string): readonly DesignNode[] {
    this.readGroup('children', vnetId);
    return this.children.get(vnetId) ?? [];
  }

  gatewayIn(vnetId: string): Gateway | undefined {
    this.readGroup('gateway', vnetId);
    return this.gatewayByVnet.get(vnetId);
  }

  connectionsFrom(gatewayId: string): readonly Connection[] {
    this.readGroup('connectionsFrom', gatewayId);
    return this.connectionsByGateway.get(gatewayId) ?? [];
  }

  connectionsTo(circuitId: string): readonly Connection[] {
    this.readGroup('connectionsTo', circuitId);
    return this.connectionsByCircuit.get(circuitId) ?? [];
  }

  linksFrom(siteId: string): readonly CircuitLink[] {
    this.readGroup('linksFrom', siteId);
    return this.linksBySite.get(siteId) ?? [];
  }

  linksTo(circuitId: string): readonly CircuitLink[] {
    this.readGroup('linksTo', circuitId);
    return this.linksByCircuit.get(circuitId) ?? [];
  }

  peeringsOf(vnetId: string): readonly Peering[] {
    this.readGroup('peerings', vnetId);
    return this.peeringsByVnet.get(vnetId) ?? [];
  }

  peeringBetween(a: string, b: string): Peering | undefined {
    return this.peeringsOf(a).find((p) => (p.source === a && p.target === b) || (p.source === b && p.target === a));
  }

  /** Peerings through which `spokeId` uses a hub's gateway (hub side allows transit, spoke side uses it). */
  transitPeerings(spokeId: string): Peering[] {
    // Only the peerings whose spoke side this is: a hub's flows need not follow its spokes' peerings.
    this.readGroup('peeringsInto', spokeId);
    return (this.peeringsByVnet.get(spokeId) ?? []).filter(
      (p) =>
        p.target === spokeId &&
        p.props.allowGatewayTransit &&
        p.props.useRemoteGateways &&
        this.gatewayIn(p.source) !== undefined,
    );
  }

  gatewayOf(connection: Connection): Gateway {
    return this.node(connection.source, 'gateway') as Gateway;
  }

  circuitOf(connection: Connection): Circuit {
    return this.node(connection.target, 'circuit') as Circuit;
  }
}

const EDGE_KIND_SET: ReadonlySet<string> = new Set(EDGE_KINDS);
const isEdge = (item: DesignNode | DesignEdge): item is DesignEdge => EDGE_KIND_SET.has(item.kind);

/**
 * The read keys an edit of one node or edge touches: its own, its kind's, and those of every group
 * it belongs to before and after the edit (`before`/`after` absent when it is added/removed).
 * Kept beside the lookups above: a group read there must be named here.
 */
export function changedKeys(
  before: DesignNode | DesignEdge | undefined,
  after: DesignNode | DesignEdge | undefined,
  into: ReadKeys,
): void {
  for (const item of [before, after]) {
    if (!item) continue;
    into.add(ITEM, item.id);
    into.add('kind', item.kind);
    // By kind, not by shape: a node may carry fields of any name (the format keeps unknown ones).
    if (isEdge(item)) {
      if (item.kind === 'connection') {
        into.add('connectionsFrom', item.source);
        into.add('connectionsTo', item.target);
      } else if (item.kind === 'circuitLink') {
        into.add('linksFrom', item.source);
        into.add('linksTo', item.target);
      } else if (item.kind === 'vnetPeering') {
        into.add('peerings', item.source);
        into.add('peerings', item.target);
        into.add('peeringsInto', item.target);
      }
    } else {
      into.add('nodes', '');
      if (item.parentId !== undefined) {
        into.add('children', item.parentId);
        if (item.kind === 'gateway') into.add('gateway', item.parentId);
      }
    }
  }
}

/** Region names compared as Azure writes them: lower case, no spaces ("West Europe" = "westeurope"). */
export function normaliseRegion(region: string): string {
  return region.toLowerCase().replace(/[\s_-]+/g, '');
}
