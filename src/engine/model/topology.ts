import type { Design, DesignEdge, DesignEdgeOf, DesignNode, DesignNodeOf } from './types.ts';
import type { EdgeKind, EndpointKind, NodeKind } from '../schema/kinds.ts';
import { nameOf } from './names.ts';

// Lookups over a loaded (already validated) design, built once per evaluation.

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

export class Topology {
  readonly design: Design;
  readonly nodes = new Map<string, DesignNode>();
  readonly edges = new Map<string, DesignEdge>();
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
      this.nodes.set(node.id, node);
      if (node.parentId !== undefined) push(this.children, node.parentId, node);
      if (node.kind === 'gateway' && node.parentId !== undefined) this.gatewayByVnet.set(node.parentId, node);
    }
    for (const edge of design.edges) {
      this.edges.set(edge.id, edge);
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

  node<K extends NodeKind>(id: string, kind: K): DesignNodeOf<K> | undefined {
    const node = this.nodes.get(id);
    return node?.kind === kind ? (node as DesignNodeOf<K>) : undefined;
  }

  edgesOf<K extends EdgeKind>(kind: K): DesignEdgeOf<K>[] {
    return this.design.edges.filter((e) => e.kind === kind) as DesignEdgeOf<K>[];
  }

  nodesOf<K extends NodeKind>(kind: K): DesignNodeOf<K>[] {
    return this.design.nodes.filter((n) => n.kind === kind) as DesignNodeOf<K>[];
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
    return this.children.get(vnetId) ?? [];
  }

  gatewayIn(vnetId: string): Gateway | undefined {
    return this.gatewayByVnet.get(vnetId);
  }

  connectionsFrom(gatewayId: string): readonly Connection[] {
    return this.connectionsByGateway.get(gatewayId) ?? [];
  }

  connectionsTo(circuitId: string): readonly Connection[] {
    return this.connectionsByCircuit.get(circuitId) ?? [];
  }

  linksFrom(siteId: string): readonly CircuitLink[] {
    return this.linksBySite.get(siteId) ?? [];
  }

  linksTo(circuitId: string): readonly CircuitLink[] {
    return this.linksByCircuit.get(circuitId) ?? [];
  }

  peeringsOf(vnetId: string): readonly Peering[] {
    return this.peeringsByVnet.get(vnetId) ?? [];
  }

  peeringBetween(a: string, b: string): Peering | undefined {
    return this.peeringsOf(a).find((p) => (p.source === a && p.target === b) || (p.source === b && p.target === a));
  }

  /** Peerings through which `spokeId` uses a hub's gateway (hub side allows transit, spoke side uses it). */
  transitPeerings(spokeId: string): Peering[] {
    return this.peeringsOf(spokeId).filter(
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

/** Region names compared as Azure writes them: lower case, no spaces ("West Europe" = "westeurope"). */
export function normaliseRegion(region: string): string {
  return region.toLowerCase().replace(/[\s_-]+/g, '');
}
