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

/**
 * What a link says on the canvas and in diagrams: its name, if it has one, followed by its key
 * fact ("Primary · FastPath on"), so naming a connection never hides whether FastPath is on.
 */
export function edgeCaption(edge: Exclude<DesignEdge, DesignEdgeOf<'flow'>>): string {
  const name = edge.label?.trim();
  return name ? `${name} · ${structuralCaption(edge)}` : structuralCaption(edge);
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

/**
 * How people in a review point at a flow: its number (its place in the design's flow order, so
 * it stays put while flows are edited and only moves when one before it is deleted), the name it
 * was given (may be empty) and its route.
 */
export type FlowLabel = { number: number; name: string; route: string };

/** Every flow's label, by flow id; `nodes` when the caller has indexed them already. */
export function flowLabels(
  design: Design,
  nodes: ReadonlyMap<string, DesignNode> = nodeIndex(design),
): Map<string, FlowLabel> {
  const labels = new Map<string, FlowLabel>();
  for (const flow of design.edges) {
    if (!isFlow(flow)) continue;
    labels.set(flow.id, { number: labels.size + 1, name: flow.label?.trim() ?? '', route: flowName(nodes, flow) });
  }
  return labels;
}

/** "#3 Backup to the hub" when the flow has a name, "#3 HQ → Hub VM" when it has not. */
export function flowTitle(label: FlowLabel): string {
  return `#${label.number} ${label.name || label.route}`;
}

/** "#3 Backup to the hub", or "#3" alone: for a label on the flow's own line, where the route is drawn. */
export function flowTag(label: FlowLabel): string {
  return label.name ? `#${label.number} ${label.name}` : `#${label.number}`;
}

/** "#3 Backup to the hub (HQ → Hub VM)": the title with the route, for text that has room. */
export function flowFullTitle(label: FlowLabel): string {
  return label.name ? `#${label.number} ${label.name} (${label.route})` : flowTitle(label);
}

/**
 * "Flow HQ → Hub VM: FastPath, #3 “Backup”": the accessible name of a flow edge. The route and
 * verdict come first, as a screen reader user scanning flows needs them; number and name follow.
 */
export function flowAccessibleName(label: FlowLabel, state: FlowState): string {
  const name = label.name ? ` “${label.name}”` : '';
  return `Flow ${label.route}: ${VERDICT_STYLES[state].word}, #${label.number}${name}`;
}

export function nodeIndex(design: Design): Map<string, DesignNode> {
  return new Map(design.nodes.map((node) => [node.id, node]));
}

export function isFlow(edge: DesignEdge): edge is DesignEdgeOf<'flow'> {
  return edge.kind === 'flow';
}

/** "12 nodes and 3 links selected": what a box took, nodes first (the links between them come along). */
export function selectedWords(nodes: number, edges: number): string {
  const parts = [
    nodes > 0 ? `${nodes} ${nodes === 1 ? 'node' : 'nodes'}` : '',
    edges > 0 ? `${edges} ${edges === 1 ? 'link or flow' : 'links and flows'}` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} selected`;
}
