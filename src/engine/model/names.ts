import type { DesignEdge, DesignNode } from './types.ts';
import { KIND_NAMES, NOUNS_IN_TEXT } from './kind-names.ts';

// How findings name the parts of a design, in words the person sees on the canvas. Ids never
// reach a message unless nothing else tells the part apart: a named part is its kind (or the role
// the rule gives it) and its name in quotes, `connection "Primary"`; an unnamed link is named by
// its two ends as the canvas labels them, `the connection ERGW1 → CIRCUIT_EQUINIX`; an unnamed
// node by what its card shows, `the VM 10.1.0.4`, `the gateway (ErGw3AZ) in VNet "Hub"`.

export type Parts = {
  readonly nodes: { get(id: string): DesignNode | undefined };
  readonly edges: { get(id: string): DesignEdge | undefined };
};

const labelOf = (item: { label?: string }): string => item.label?.trim() ?? '';

function bandwidth(mbps: number): string {
  return mbps >= 1000 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`;
}

/** What the node's card shows besides its name: an address, or its key settings in brackets. */
function shown(node: DesignNode): { address?: string; detail?: string } {
  switch (node.kind) {
    case 'onPremises':
      return node.props.prefixes.length ? { address: node.props.prefixes.join(', ') } : {};
    case 'vnet':
      if (node.props.addressSpace.length) return { address: node.props.addressSpace.join(', ') };
      return node.props.region ? { detail: node.props.region } : {};
    case 'circuit':
      return {
        detail: [
          node.props.circuitType === 'direct' ? 'ExpressRoute Direct' : 'provider',
          bandwidth(node.props.bandwidthMbps),
          node.props.sku,
        ].join(', '),
      };
    case 'gateway':
      return {
        detail: node.props.sku === 'ErGwScale' ? `ErGwScale, ${node.props.scaleUnits} units` : node.props.sku,
      };
    case 'loadBalancer':
      return node.props.frontendIp ? { address: node.props.frontendIp } : {};
    default:
      return node.props.ip ? { address: node.props.ip } : {};
  }
}

/** An unnamed node without its article: `VM 10.1.0.4`, `gateway (ErGw3AZ) in VNet "Hub"`. */
function describe(parts: Parts, node: DesignNode, noun: string): string {
  const { address, detail } = shown(node);
  const parent = node.parentId === undefined ? undefined : parts.nodes.get(node.parentId);
  const where = parent && (node.kind === 'gateway' || !address) ? ` in ${nameOf(parts, parent.id)}` : '';
  if (address) return `${noun} ${address}${where}`;
  if (detail) return `${noun} (${detail})${where}`;
  return where ? `${noun}${where}` : `${noun} (id "${node.id}")`;
}

/**
 * One end of an unnamed link, as the canvas labels it: its name, or its kind and what its card
 * shows (`VNet 10.1.0.0/16`), or the VNet it sits in (`ER gateway in Hub`).
 */
export function endName(parts: Parts, id: string): string {
  const node = parts.nodes.get(id);
  if (!node) return id;
  const label = labelOf(node);
  if (label) return label;
  const kind = KIND_NAMES[node.kind];
  const { address, detail } = shown(node);
  if (node.parentId !== undefined && (node.kind === 'gateway' || !address)) {
    return `${kind} in ${endName(parts, node.parentId)}`;
  }
  return address ? `${kind} ${address}` : detail ? `${kind} (${detail})` : `${kind} (id "${node.id}")`;
}

/**
 * The part with this id, as a noun phrase for the middle of a sentence: `VNet "Hub"` or `the VNet
 * 10.1.0.0/16`. `noun` replaces the kind's word when the rule knows the part's role ("hub").
 */
export function nameOf(parts: Parts, id: string, noun?: string): string {
  const node = parts.nodes.get(id);
  if (node) {
    const word = noun ?? NOUNS_IN_TEXT[node.kind];
    const label = labelOf(node);
    return label ? `${word} "${label}"` : `the ${describe(parts, node, word)}`;
  }
  const edge = parts.edges.get(id);
  if (!edge) return `"${id}"`;
  const word = noun ?? NOUNS_IN_TEXT[edge.kind];
  const label = labelOf(edge);
  return label ? `${word} "${label}"` : `the ${word} ${endName(parts, edge.source)} → ${endName(parts, edge.target)}`;
}

/** The first letter in upper case, for a name that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
