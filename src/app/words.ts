import type { EdgeKind, NodeKind } from '../engine/index.ts';

// The names the screen gives to each kind, in one place so the palette, canvas, inspector and
// messages all say the same thing.

export const KIND_NAMES = {
  onPremises: 'On-premises',
  circuit: 'Circuit',
  vnet: 'VNet',
  gateway: 'ER gateway',
  vm: 'VM',
  loadBalancer: 'Load balancer',
  privateEndpoint: 'Private endpoint',
  dnsResolver: 'DNS resolver',
  nva: 'NVA',
} as const satisfies Record<NodeKind, string>;

export const EDGE_NAMES = {
  circuitLink: 'Circuit link',
  connection: 'Connection',
  vnetPeering: 'VNet peering',
  flow: 'Flow',
} as const satisfies Record<EdgeKind, string>;
