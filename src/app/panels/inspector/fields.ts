import {
  CIRCUIT_SKUS,
  CIRCUIT_TYPES,
  GATEWAY_SKUS,
  LB_SKUS,
  NVA_PRODUCTS,
  PEERING_TYPES,
  PE_SERVICES,
  VERDICTS,
  type EdgeKind,
  type NodeKind,
} from '../../../engine/index.ts';

// The inspector's form for each kind: which props it shows and with which control. Bounds and
// validity are checked by the document schema when an edit is applied (commands/update-*.ts);
// the controls only offer the right shape of input. Address fields ('cidrs', 'ip') are also
// checked by the field itself when committed (cidr-field.ts), to say what is wrong.

export type Option = { value: string; label: string };

export type Field =
  | { type: 'select'; key: string; label: string; options: readonly Option[]; hint?: string }
  | {
      type: 'number';
      key: string;
      label: string;
      min?: number;
      max?: number;
      step?: number;
      hint?: string;
      onlyWhen?: { key: string; equals: string };
    }
  | { type: 'text'; key: string; label: string; placeholder?: string; hint?: string }
  /** A list of IP prefixes, typed with commas or spaces between them. */
  | { type: 'cidrs'; key: string; label: string; placeholder: string; hint?: string }
  /** One IP address, or none. */
  | { type: 'ip'; key: string; label: string; placeholder: string; hint?: string }
  /** An Azure region: picked from the catalogue, or typed as a programmatic name after "Other region…". */
  | { type: 'region'; key: string; label: string; hint?: string }
  | { type: 'boolean'; key: string; label: string; hint?: string }
  /** A reference to another node of the design, or none. */
  | { type: 'nodeRef'; key: string; label: string; kinds: readonly NodeKind[]; none: string; hint?: string };

const options = (values: readonly string[], labels: Record<string, string> = {}): Option[] =>
  values.map((value) => ({ value, label: labels[value] ?? value }));

const IP = (key: string, label: string): Field => ({ type: 'ip', key, label, placeholder: '10.0.1.4' });

export const NODE_FIELDS: Record<NodeKind, readonly Field[]> = {
  onPremises: [
    {
      type: 'cidrs',
      key: 'prefixes',
      label: 'Prefixes',
      placeholder: '172.16.0.0/16, 192.168.0.0/24',
      hint: 'Advertised from on-premises over the circuit',
    },
  ],
  circuit: [
    {
      type: 'select',
      key: 'circuitType',
      label: 'Circuit type',
      options: options(CIRCUIT_TYPES, { provider: 'Service provider', direct: 'ExpressRoute Direct' }),
    },
    {
      type: 'number',
      key: 'bandwidthMbps',
      label: 'Bandwidth (Mbps)',
      min: 1,
      max: 10_000_000,
      step: 1,
      hint: 'Direct ports are 10000 or 100000',
    },
    { type: 'select', key: 'sku', label: 'SKU', options: options(CIRCUIT_SKUS) },
    { type: 'text', key: 'peeringLocation', label: 'Peering location', placeholder: 'Amsterdam' },
    {
      type: 'text',
      key: 'portId',
      label: 'Direct port',
      placeholder: 'port-ams-1',
      hint: 'Circuits on one port share its FastPath limits',
    },
  ],
  vnet: [
    { type: 'region', key: 'region', label: 'Region' },
    { type: 'cidrs', key: 'addressSpace', label: 'Address space', placeholder: '10.0.0.0/16' },
  ],
  gateway: [
    {
      type: 'select',
      key: 'sku',
      label: 'SKU',
      options: options(GATEWAY_SKUS),
      hint: 'FastPath needs Ultra Performance, ErGw3AZ or ErGwScale',
    },
    {
      type: 'number',
      key: 'scaleUnits',
      label: 'Scale units',
      min: 1,
      max: 40,
      step: 1,
      onlyWhen: { key: 'sku', equals: 'ErGwScale' },
    },
    {
      type: 'nodeRef',
      key: 'udrNextHopId',
      label: 'GatewaySubnet route to',
      kinds: ['nva'],
      none: 'No route table',
      hint: 'A UDR on the GatewaySubnet sending VNet traffic to an NVA',
    },
  ],
  vm: [
    IP('ip', 'IP address'),
    {
      type: 'number',
      key: 'instances',
      label: 'Instances',
      min: 1,
      max: 10_000_000,
      step: 1,
      hint: 'NIC IPs it stands for, e.g. a scale set',
    },
  ],
  loadBalancer: [
    { type: 'select', key: 'sku', label: 'SKU', options: options(LB_SKUS) },
    IP('frontendIp', 'Frontend IP'),
    { type: 'number', key: 'instances', label: 'Backend instances', min: 1, max: 10_000_000, step: 1 },
  ],
  privateEndpoint: [
    {
      type: 'select',
      key: 'service',
      label: 'Service',
      options: options(PE_SERVICES, {
        ThirdPartyPrivateLinkService: 'Private Link service (3rd party)',
        CosmosDB: 'Cosmos DB',
        KeyVault: 'Key Vault',
      }),
    },
    IP('ip', 'IP address'),
  ],
  dnsResolver: [IP('ip', 'Inbound endpoint IP')],
  nva: [
    {
      type: 'select',
      key: 'product',
      label: 'Product',
      options: options(NVA_PRODUCTS, { azureFirewall: 'Azure Firewall', thirdParty: 'Third-party NVA' }),
    },
    IP('ip', 'IP address'),
  ],
};

export const EDGE_FIELDS: Record<EdgeKind, readonly Field[]> = {
  circuitLink: [
    {
      type: 'select',
      key: 'peering',
      label: 'Peering',
      options: options(PEERING_TYPES, { private: 'Private peering', microsoft: 'Microsoft peering' }),
    },
  ],
  connection: [
    { type: 'boolean', key: 'fastPath', label: 'FastPath', hint: 'expressRouteGatewayBypass on the connection' },
    {
      type: 'boolean',
      key: 'privateLinkFastPath',
      label: 'FastPath for Private Link',
      hint: 'enablePrivateLinkFastPath (ER Direct)',
    },
    { type: 'number', key: 'routingWeight', label: 'Routing weight', min: 0, max: 32_000, step: 1 },
  ],
  vnetPeering: [
    { type: 'boolean', key: 'allowGatewayTransit', label: 'Allow gateway transit', hint: 'Set on the hub side' },
    { type: 'boolean', key: 'useRemoteGateways', label: 'Use remote gateways', hint: 'Set on the spoke side' },
  ],
  flow: [
    {
      type: 'select',
      key: 'ipVersion',
      label: 'IP version',
      options: [
        { value: '4', label: 'IPv4' },
        { value: '6', label: 'IPv6' },
      ],
    },
    {
      type: 'select',
      key: 'expect',
      label: 'Expected verdict',
      hint: 'A broken expectation is an error',
      options: [
        { value: '', label: 'No expectation' },
        ...options(VERDICTS, {
          fastpath: 'Must be FastPath',
          gateway: 'Must go through the gateway',
          direct: 'Must be direct',
          unreachable: 'Must be unreachable',
        }),
      ],
    },
  ],
};
