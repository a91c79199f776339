import type { EdgeKind, NodeKind } from '../schema/kinds.ts';

// The words for each kind, in one table, so the palette, canvas, inspector, the editor's reasons
// and the loader's errors all name a kind from the same row.

type NodeNouns = {
  /** What the screen calls the kind: palette, captions, inspector headings, default labels. */
  name: string;
  /** The Azure resource with its article, for people drawing: "an ExpressRoute gateway". */
  a: string;
  /** The kind as the design file names it, with its article, for load errors: "a gateway". */
  aInFile: string;
};

export const NODE_NOUNS = {
  onPremises: { name: 'On-premises', a: 'an on-premises site', aInFile: 'an on-premises site' },
  circuit: { name: 'Circuit', a: 'an ExpressRoute circuit', aInFile: 'a circuit' },
  vnet: { name: 'VNet', a: 'a VNet', aInFile: 'a VNet' },
  gateway: { name: 'ER gateway', a: 'an ExpressRoute gateway', aInFile: 'a gateway' },
  vm: { name: 'VM', a: 'a VM', aInFile: 'a VM' },
  loadBalancer: { name: 'Load balancer', a: 'a load balancer', aInFile: 'a load balancer' },
  privateEndpoint: { name: 'Private endpoint', a: 'a private endpoint', aInFile: 'a private endpoint' },
  dnsResolver: { name: 'DNS resolver', a: 'a DNS resolver', aInFile: 'a DNS resolver' },
  nva: { name: 'NVA', a: 'an NVA or firewall', aInFile: 'an NVA' },
} as const satisfies Record<NodeKind, NodeNouns>;

/** What the screen calls each node kind: "VNet", "ER gateway". */
export const KIND_NAMES = Object.fromEntries(Object.entries(NODE_NOUNS).map(([kind, nouns]) => [kind, nouns.name])) as {
  readonly [K in NodeKind]: (typeof NODE_NOUNS)[K]['name'];
};

/** What the screen calls each edge kind: "Circuit link", "Connection". */
export const EDGE_NAMES = {
  circuitLink: 'Circuit link',
  connection: 'Connection',
  vnetPeering: 'VNet peering',
  flow: 'Flow',
} as const satisfies Record<EdgeKind, string>;

/**
 * How the engine's messages name each kind inside a sentence: "connection", "on-premises site",
 * "VNet" (the screen's names are for headings: "Connection", "On-premises").
 */
export const NOUNS_IN_TEXT = {
  onPremises: 'on-premises site',
  circuit: 'circuit',
  vnet: 'VNet',
  gateway: 'gateway',
  vm: 'VM',
  loadBalancer: 'load balancer',
  privateEndpoint: 'private endpoint',
  dnsResolver: 'DNS resolver',
  nva: 'NVA',
  circuitLink: 'circuit link',
  connection: 'connection',
  vnetPeering: 'peering',
  flow: 'flow',
} as const satisfies Record<NodeKind | EdgeKind, string>;
