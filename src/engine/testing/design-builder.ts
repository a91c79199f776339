import { loadDesign } from '../schema/load.ts';
import { formatProblem } from '../schema/errors.ts';
import { evaluate } from '../evaluate.ts';
import type { Design, EvaluationResult, FlowResult } from '../model/types.ts';
import type { EdgeKind, NodeKind } from '../schema/kinds.ts';
import type { PackId } from '../model/packs.ts';

// Small designs for tests, written as raw FORMAT.md JSON and sent through the real loader, so a
// test can never build something the loader would refuse.

type Props = Record<string, unknown>;
type RawNode = { id: string; kind: NodeKind; label: string; parentId?: string; props: Props };
type RawEdge = { id: string; kind: EdgeKind; source: string; target: string; label?: string; props: Props };

export class DesignDraft {
  nodes: RawNode[] = [];
  edges: RawEdge[] = [];
  rulesAsOf: PackId = 'latest';
  allowPreviews = false;

  node(id: string, kind: NodeKind, props: Props = {}, parentId?: string): this {
    this.nodes.push({ id, kind, label: id, props, ...(parentId ? { parentId } : {}) });
    return this;
  }

  edge(id: string, kind: EdgeKind, source: string, target: string, props: Props = {}): this {
    this.edges.push({ id, kind, source, target, props });
    return this;
  }

  flow(id: string, source: string, target: string, props: Props = {}): this {
    return this.edge(id, 'flow', source, target, props);
  }

  /** Merge props into an existing node or edge. */
  patch(id: string, props: Props): this {
    const item = this.nodes.find((n) => n.id === id) ?? this.edges.find((e) => e.id === id);
    if (!item) throw new Error(`no node or edge "${id}" in the draft`);
    item.props = { ...item.props, ...props };
    return this;
  }

  /** Names a node or edge as a person would on the canvas; `''` leaves it unnamed (nodes default to their id). */
  label(id: string, text: string): this {
    const item = this.nodes.find((n) => n.id === id) ?? this.edges.find((e) => e.id === id);
    if (!item) throw new Error(`no node or edge "${id}" in the draft`);
    item.label = text;
    return this;
  }

  remove(id: string): this {
    this.nodes = this.nodes.filter((n) => n.id !== id);
    this.edges = this.edges.filter((e) => e.id !== id && e.source !== id && e.target !== id);
    return this;
  }

  previews(allow = true): this {
    this.allowPreviews = allow;
    return this;
  }

  toJSON(): unknown {
    return {
      format: 'fastpath-design',
      version: 1,
      title: 'test',
      rulesAsOf: this.rulesAsOf,
      allowPreviews: this.allowPreviews,
      nodes: this.nodes,
      edges: this.edges,
    };
  }

  build(): Design {
    const result = loadDesign(JSON.parse(JSON.stringify(this.toJSON())));
    if (!result.ok) throw new Error(`test design refused: ${result.errors.map(formatProblem).join('; ')}`);
    return result.design;
  }

  evaluate(pack: PackId = 'latest'): EvaluationResult {
    return evaluate(this.build(), { rulesAsOf: pack });
  }

  flowResult(flowId: string, pack: PackId = 'latest'): FlowResult {
    const result = this.evaluate(pack).flows[flowId];
    if (!result) throw new Error(`no flow "${flowId}" in the result`);
    return result;
  }
}

export type BaseOptions = {
  circuit?: Props;
  gateway?: Props;
  connection?: Props;
  hub?: Props;
  spoke?: Props | false;
  peering?: Props;
  link?: Props;
};

/**
 * The base design of RULES.md section 6: on-premises `onprem` linked to circuit `er1` (provider
 * 1 Gbps Standard); hub VNet `hub` (westeurope) with gateway `gw1` (ErGw3AZ) connected to `er1`
 * with FastPath (`conn1`); spoke VNet `spoke` (westeurope) peered from the hub (`peer`) with
 * gateway transit; VMs `hubvm` and `spokevm`.
 */
export function baseDesign(options: BaseOptions = {}): DesignDraft {
  const draft = new DesignDraft()
    .node('onprem', 'onPremises', { prefixes: ['10.0.0.0/16'] })
    .node('er1', 'circuit', {
      circuitType: 'provider',
      bandwidthMbps: 1000,
      sku: 'Standard',
      peeringLocation: 'Amsterdam',
      ...options.circuit,
    })
    .node('hub', 'vnet', { region: 'westeurope', addressSpace: ['10.255.0.0/16'], ...options.hub })
    .node('gw1', 'gateway', { sku: 'ErGw3AZ', ...options.gateway }, 'hub')
    .node('hubvm', 'vm', { ip: '10.255.10.4' }, 'hub')
    .edge('link', 'circuitLink', 'onprem', 'er1', { peering: 'private', ...options.link })
    .edge('conn1', 'connection', 'gw1', 'er1', { fastPath: true, ...options.connection });
  if (options.spoke !== false) {
    draft
      .node('spoke', 'vnet', { region: 'westeurope', addressSpace: ['10.254.0.0/16'], ...options.spoke })
      .node('spokevm', 'vm', { ip: '10.254.10.4' }, 'spoke')
      .edge('peer', 'vnetPeering', 'hub', 'spoke', {
        allowGatewayTransit: true,
        useRemoteGateways: true,
        ...options.peering,
      });
  }
  return draft;
}

export const DIRECT_100G = { circuitType: 'direct', bandwidthMbps: 100_000, sku: 'Premium', portId: 'port-1' } as const;
export const DIRECT_10G = { circuitType: 'direct', bandwidthMbps: 10_000, sku: 'Premium', portId: 'port-1' } as const;

/** The base design's provider circuit, to switch back from a Direct preset. */
export const PROVIDER_1G = { circuitType: 'provider', bandwidthMbps: 1000, sku: 'Standard', portId: '' } as const;

export type HubOptions = {
  region?: string;
  /** Gateway id (default `<vnet>gw`). */
  gateway?: string;
  gatewayProps?: Props;
  /** Connection id (default `<vnet>conn`); `false`: no connection. */
  connection?: string | false;
  connectionProps?: Props;
  /** The circuit the connection goes to (default `er1`). */
  circuit?: string;
};

/** Adds VNet `vnet` (10.N.0.0/16) with an ErGw3AZ gateway and a FastPath connection to a circuit. */
export function addHub(draft: DesignDraft, vnet: string, options: HubOptions = {}): DesignDraft {
  const gateway = options.gateway ?? `${vnet}gw`;
  const n = 100 + draft.nodes.filter((node) => node.kind === 'vnet').length;
  draft
    .node(vnet, 'vnet', { region: options.region ?? 'westeurope', addressSpace: [`10.${n}.0.0/16`] })
    .node(gateway, 'gateway', { sku: 'ErGw3AZ', ...options.gatewayProps }, vnet);
  if (options.connection !== false) {
    draft.edge(options.connection ?? `${vnet}conn`, 'connection', gateway, options.circuit ?? 'er1', {
      fastPath: true,
      ...options.connectionProps,
    });
  }
  return draft;
}
