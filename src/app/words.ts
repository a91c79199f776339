import { KIND_NAMES, type Design, type DesignEdge, type DesignEdgeOf, type DesignNode } from '../engine/index.ts';
import { VERDICT_STYLES, type FlowState } from './verdict-style.ts';

// The names the screen gives to each kind live in the engine's one noun table, so the palette,
// canvas, inspector and messages all say the same thing as the engine's own reasons.
export { EDGE_NAMES, KIND_NAMES } from '../engine/index.ts';

// Sentences about a design's parts, for captions, lists and accessible names.

function bandwidth(mbps: number): string {
  return mbps >= 1000 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`;
}

function joinParts(...parts: (string | false | undefined)[]): string {
  return parts.filter(Boolean).join(' · ');
}

/** The one-line summary under a node's name. */
export function nodeDetail(node: DesignNode): string {
  switch (node.kind) {
    case 'onPremises':
      return joinParts(KIND_NAMES.onPremises, node.props.prefixes.join(', ') || 'no prefixes');
    case 'circuit':
      return joinParts(
        node.props.circuitType === 'direct' ? 'ER Direct' : 'Provider',
        bandwidth(node.props.bandwidthMbps),
        node.props.sku,
      );
    case 'vnet':
      return joinParts(node.props.region, node.props.addressSpace.join(', '));
    case 'gateway':
      return joinParts(
        KIND_NAMES.gateway,
        node.props.sku,
        node.props.sku === 'ErGwScale' && `${node.props.scaleUnits} units`,
      );
    case 'vm':
      return joinParts(KIND_NAMES.vm, node.props.ip, node.props.instances > 1 && `×${node.props.instances}`);
    case 'loadBalancer':
      return joinParts(
        `${node.props.sku} LB`,
        node.props.frontendIp,
        node.props.instances > 1 && `×${node.props.instances}`,
      );
    case 'privateEndpoint':
      return joinParts(
        'PE',
        node.props.service === 'ThirdPartyPrivateLinkService' ? 'Private Link service' : node.props.service,
        node.props.ip,
      );
    case 'dnsResolver':
      return joinParts(KIND_NAMES.dnsResolver, node.props.ip);
    case 'nva':
      return joinParts(node.props.product === 'azureFirewall' ? 'Azure Firewall' : KIND_NAMES.nva, node.props.ip);
  }
}

export function structuralCaption(edge: Exclude<DesignEdge, DesignEdgeOf<'flow'>>): string {
  switch (edge.kind) {
    case 'circuitLink':
      return edge.props.peering === 'microsoft' ? 'Microsoft peering' : 'Private peering';
    case 'connection':
      return joinParts(
        `FastPath ${edge.props.fastPath ? 'on' : 'off'}`,
        edge.props.privateLinkFastPath && 'Private Link',
      );
    case 'vnetPeering':
      return joinParts('Peering', edge.props.allowGatewayTransit && edge.props.useRemoteGateways && 'gateway transit');
  }
}

export function labelOf(nodes: ReadonlyMap<string, DesignNode>, id: string): string {
  const node = nodes.get(id);
  return node?.label || id;
}

/** "On-premises (CE router) → Hub VM", with "(IPv6)" for IPv6 flows. */
export function flowName(nodes: ReadonlyMap<string, DesignNode>, flow: DesignEdgeOf<'flow'>): string {
  const name = `${labelOf(nodes, flow.source)} → ${labelOf(nodes, flow.target)}`;
  return flow.props.ipVersion === 6 ? `${name} (IPv6)` : name;
}

/** "Flow On-premises (CE router) → Hub VM: FastPath": the accessible name of a flow edge. */
export function flowAccessibleName(name: string, state: FlowState): string {
  return `Flow ${name}: ${VERDICT_STYLES[state].word}`;
}

export function nodeIndex(design: Design): Map<string, DesignNode> {
  return new Map(design.nodes.map((node) => [node.id, node]));
}

export function isFlow(edge: DesignEdge): edge is DesignEdgeOf<'flow'> {
  return edge.kind === 'flow';
}
