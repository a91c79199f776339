// The one place that knows both the design document and React Flow. Everything React Flow draws
// is derived here from the document (plus the evaluation, for flow colours); nothing React Flow
// adds (selection, measurements) ever flows back into the document.
import type { Edge, Node } from '@xyflow/react';
import type {
  Design, DesignEdge, DesignEdgeOf, DesignNode, EdgeKind, EvaluationResult, NodeKind, Position,
} from '../../engine/index.ts';
import { VERDICT_STYLES, type FlowState } from '../verdict-style.ts';
import { EDGE_NAMES, KIND_NAMES } from '../words.ts';
import {
  LAYER, RESOURCE_SIZE, VNET_CHILD_STEP, VNET_FIRST_CHILD, VNET_MIN_SIZE, VNET_PADDING,
} from './geometry.ts';

// ---- React Flow node and edge types -------------------------------------------------------------

/** Every kind but `vnet` is drawn as a resource card; `vnet` is a container (a parent node). */
export type ResourceKind = Exclude<NodeKind, 'vnet'>;

export type VnetNodeData = { label: string; detail: string };
export type ResourceNodeData = { kind: ResourceKind; label: string; detail: string };

export type VnetCanvasNode = Node<VnetNodeData, 'vnet'>;
export type ResourceCanvasNode = Node<ResourceNodeData, ResourceKind>;
export type CanvasNode = VnetCanvasNode | ResourceCanvasNode;

export type StructuralKind = Exclude<EdgeKind, 'flow'>;
export type StructuralEdgeData = { caption: string };
export type FlowEdgeData = {
  state: FlowState;
  /** 0 for the first flow between a source and a target, 1 for the next, and so on. */
  lane: number;
  /** "On-premises → Hub VM", for labels and lists. */
  name: string;
  findings: number;
  expectationMet?: boolean;
};

export type StructuralCanvasEdge = Edge<StructuralEdgeData, StructuralKind>;
export type FlowCanvasEdge = Edge<FlowEdgeData, 'flow'>;
export type CanvasEdge = StructuralCanvasEdge | FlowCanvasEdge;

// ---- Words ------------------------------------------------------------------------------------


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
      return joinParts(node.props.circuitType === 'direct' ? 'ER Direct' : 'Provider', bandwidth(node.props.bandwidthMbps), node.props.sku);
    case 'vnet':
      return joinParts(node.props.region, node.props.addressSpace.join(', '));
    case 'gateway':
      return joinParts(KIND_NAMES.gateway, node.props.sku, node.props.sku === 'ErGwScale' && `${node.props.scaleUnits} units`);
    case 'vm':
      return joinParts(KIND_NAMES.vm, node.props.ip, node.props.instances > 1 && `×${node.props.instances}`);
    case 'loadBalancer':
      return joinParts(`${node.props.sku} LB`, node.props.frontendIp, node.props.instances > 1 && `×${node.props.instances}`);
    case 'privateEndpoint':
      return joinParts('PE', node.props.service === 'ThirdPartyPrivateLinkService' ? 'Private Link service' : node.props.service, node.props.ip);
    case 'dnsResolver':
      return joinParts(KIND_NAMES.dnsResolver, node.props.ip);
    case 'nva':
      return joinParts(node.props.product === 'azureFirewall' ? 'Azure Firewall' : KIND_NAMES.nva, node.props.ip);
  }
}

function structuralCaption(edge: Exclude<DesignEdge, DesignEdgeOf<'flow'>>): string {
  switch (edge.kind) {
    case 'circuitLink':
      return edge.props.peering === 'microsoft' ? 'Microsoft peering' : 'Private peering';
    case 'connection':
      return joinParts(`FastPath ${edge.props.fastPath ? 'on' : 'off'}`, edge.props.privateLinkFastPath && 'Private Link');
    case 'vnetPeering':
      return joinParts('Peering', edge.props.allowGatewayTransit && edge.props.useRemoteGateways && 'gateway transit');
  }
}

function labelOf(nodes: ReadonlyMap<string, DesignNode>, id: string): string {
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

// ---- Nodes ------------------------------------------------------------------------------------

/**
 * React Flow nodes for a design. VNets come first (React Flow needs parents before children) and
 * size themselves to their children, whose positions are relative to the VNet as in the document.
 * Nodes that arrive without a position get a simple placement until automatic layout exists.
 */
export function toCanvasNodes(design: Design): CanvasNode[] {
  const children = new Map<string, DesignNode[]>();
  const topLevel: DesignNode[] = [];
  for (const node of design.nodes) {
    if (node.parentId !== undefined) {
      const siblings = children.get(node.parentId) ?? [];
      siblings.push(node);
      children.set(node.parentId, siblings);
    } else {
      topLevel.push(node);
    }
  }

  const topPositions = placeTopLevel(topLevel);
  const vnets: CanvasNode[] = [];
  const rest: CanvasNode[] = [];

  for (const node of topLevel) {
    const position = topPositions.get(node.id) ?? { x: 0, y: 0 };
    if (node.kind !== 'vnet') {
      rest.push(resourceNode(node, position));
      continue;
    }
    let width: number = VNET_MIN_SIZE.width;
    let height: number = VNET_MIN_SIZE.height;
    let unplaced = 0;
    let lowest = VNET_FIRST_CHILD.y - VNET_CHILD_STEP;
    const inside = children.get(node.id) ?? [];
    for (const child of inside) if (child.position) lowest = Math.max(lowest, child.position.y);
    for (const child of inside) {
      const childPosition = child.position ?? { x: VNET_FIRST_CHILD.x, y: lowest + VNET_CHILD_STEP * ++unplaced };
      width = Math.max(width, childPosition.x + RESOURCE_SIZE.width + VNET_PADDING);
      height = Math.max(height, childPosition.y + RESOURCE_SIZE.height + VNET_PADDING);
      if (child.kind !== 'vnet') rest.push({ ...resourceNode(child, childPosition), parentId: node.id, extent: 'parent' });
    }
    vnets.push({
      id: node.id,
      type: 'vnet',
      position,
      width,
      height,
      zIndex: LAYER.vnet,
      data: { label: node.label, detail: nodeDetail(node) },
      ariaLabel: `VNet ${node.label || node.id}`,
    });
  }
  return [...vnets, ...rest];
}

function resourceNode(node: Exclude<DesignNode, { kind: 'vnet' }>, position: Position): ResourceCanvasNode {
  const detail = nodeDetail(node);
  return {
    id: node.id,
    type: node.kind,
    position: { x: position.x, y: position.y },
    width: RESOURCE_SIZE.width,
    height: RESOURCE_SIZE.height,
    zIndex: LAYER.resource,
    data: { kind: node.kind, label: node.label, detail },
    ariaLabel: `${node.label || node.id}: ${detail}`,
  };
}

function placeTopLevel(nodes: readonly DesignNode[]): Map<string, Position> {
  const placed = new Map<string, Position>();
  let bottom = 0;
  for (const node of nodes) {
    if (!node.position) continue;
    placed.set(node.id, node.position);
    bottom = Math.max(bottom, node.position.y + VNET_MIN_SIZE.height);
  }
  let column = 0;
  for (const node of nodes) {
    if (placed.has(node.id)) continue;
    placed.set(node.id, { x: (column % 4) * 340, y: bottom + 80 + Math.floor(column / 4) * 260 });
    column++;
  }
  return placed;
}

// ---- Edges ------------------------------------------------------------------------------------

/**
 * React Flow edges for a design. Flow edges carry their verdict from `evaluation` (or `pending`
 * while there is none) as data, as `data-flow-id` / `data-verdict` attributes and in their
 * accessible name.
 */
export function toCanvasEdges(design: Design, evaluation: EvaluationResult | null): CanvasEdge[] {
  const nodes = nodeIndex(design);
  const lanes = new Map<string, number>();
  const edges: CanvasEdge[] = [];
  for (const edge of design.edges) {
    if (!isFlow(edge)) {
      edges.push({
        id: edge.id,
        type: edge.kind,
        source: edge.source,
        target: edge.target,
        data: { caption: edge.label || structuralCaption(edge) },
        zIndex: LAYER.structuralEdge,
        focusable: false,
        ariaLabel: `${EDGE_NAMES[edge.kind]} ${labelOf(nodes, edge.source)} – ${labelOf(nodes, edge.target)}: ${edge.label || structuralCaption(edge)}`,
      });
      continue;
    }
    const pair = `${edge.source}\u0000${edge.target}`;
    const lane = lanes.get(pair) ?? 0;
    lanes.set(pair, lane + 1);
    const outcome = evaluation?.flows[edge.id];
    const state: FlowState = outcome?.verdict ?? 'pending';
    const name = flowName(nodes, edge);
    const style = VERDICT_STYLES[state];
    edges.push({
      id: edge.id,
      type: 'flow',
      source: edge.source,
      target: edge.target,
      zIndex: LAYER.flowEdge,
      data: {
        state,
        lane,
        name,
        findings: outcome?.findings.length ?? 0,
        ...(outcome?.expectationMet !== undefined ? { expectationMet: outcome.expectationMet } : {}),
      },
      markerEnd: { type: 'arrowclosed', color: style.color, width: 16, height: 16, markerUnits: 'userSpaceOnUse' },
      ariaLabel: flowAccessibleName(name, state),
      ariaRole: 'img',
      domAttributes: { 'data-flow-id': edge.id, 'data-verdict': state } as Record<string, string>,
    });
  }
  return edges;
}
