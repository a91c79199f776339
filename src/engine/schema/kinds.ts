// Vocabulary of the design document (FORMAT.md). `as const` objects so the unions derive from data.

export const NODE_KINDS = [
  'onPremises',
  'circuit',
  'vnet',
  'gateway',
  'vm',
  'loadBalancer',
  'privateEndpoint',
  'dnsResolver',
  'nva',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Kinds that Azure only allows inside a VNet. */
export const VNET_CHILD_KINDS = ['gateway', 'vm', 'loadBalancer', 'privateEndpoint', 'dnsResolver', 'nva'] as const;
export type VnetChildKind = (typeof VNET_CHILD_KINDS)[number];

/** Kinds that can be the source or target of a flow. */
export const ENDPOINT_KINDS = ['onPremises', 'vm', 'loadBalancer', 'privateEndpoint', 'dnsResolver', 'nva'] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

export const EDGE_KINDS = ['circuitLink', 'connection', 'vnetPeering', 'flow'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Which node kinds each structural edge joins (source → target). Flows join any two endpoints. */
export const EDGE_ENDS = {
  circuitLink: { source: ['onPremises'], target: ['circuit'] },
  connection: { source: ['gateway'], target: ['circuit'] },
  vnetPeering: { source: ['vnet'], target: ['vnet'] },
  flow: { source: ENDPOINT_KINDS, target: ENDPOINT_KINDS },
} as const satisfies Record<EdgeKind, { source: readonly NodeKind[]; target: readonly NodeKind[] }>;

export const GATEWAY_SKUS = [
  'Standard',
  'HighPerformance',
  'UltraPerformance',
  'ErGw1AZ',
  'ErGw2AZ',
  'ErGw3AZ',
  'ErGwScale',
] as const;
export type GatewaySku = (typeof GATEWAY_SKUS)[number];

export const CIRCUIT_TYPES = ['provider', 'direct'] as const;
export const CIRCUIT_SKUS = ['Local', 'Standard', 'Premium'] as const;
export const LB_SKUS = ['Basic', 'Standard'] as const;
export const PE_SERVICES = ['CosmosDB', 'KeyVault', 'Storage', 'ThirdPartyPrivateLinkService', 'SQL', 'Other'] as const;
export type PeService = (typeof PE_SERVICES)[number];
export const NVA_PRODUCTS = ['azureFirewall', 'thirdParty'] as const;
export const PEERING_TYPES = ['private', 'microsoft'] as const;

export const VERDICTS = ['fastpath', 'gateway', 'direct', 'unreachable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What a design review decided about a flow. */
export const DECISION_STATUSES = ['accepted', 'changesRequested'] as const;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ['documented', 'advisory', 'inference'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
