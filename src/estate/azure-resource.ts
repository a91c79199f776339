// One Azure resource as the estate importer reads it, whatever the export it came from: its ARM id,
// type and name, location, SKU and `properties` in the ARM shape (Resource Graph rows and ARM
// templates have that shape already; Terraform state and `az` output are brought to it). Ids and
// types are compared case-insensitively, as Azure does: Resource Graph lower-cases types.

export type AzureResource = {
  /** The ARM id as the export wrote it (kept in the design, as `azureId`). */
  id: string;
  /** The id lower-cased: how resources refer to each other. */
  key: string;
  /** The resource type lower-cased: `microsoft.network/virtualnetworks`. */
  type: string;
  name: string;
  location: string;
  sku: Record<string, unknown>;
  properties: Record<string, unknown>;
};

export const TYPES = {
  vnet: 'microsoft.network/virtualnetworks',
  peering: 'microsoft.network/virtualnetworks/virtualnetworkpeerings',
  subnet: 'microsoft.network/virtualnetworks/subnets',
  gateway: 'microsoft.network/virtualnetworkgateways',
  connection: 'microsoft.network/connections',
  circuit: 'microsoft.network/expressroutecircuits',
  circuitPeering: 'microsoft.network/expressroutecircuits/peerings',
  port: 'microsoft.network/expressrouteports',
  nic: 'microsoft.network/networkinterfaces',
  privateEndpoint: 'microsoft.network/privateendpoints',
  loadBalancer: 'microsoft.network/loadbalancers',
  routeTable: 'microsoft.network/routetables',
  firewall: 'microsoft.network/azurefirewalls',
  dnsInbound: 'microsoft.network/dnsresolvers/inboundendpoints',
  /** Read for the network interfaces they name: an exported template's interfaces do not name their VM. */
  vm: 'microsoft.compute/virtualmachines',
} as const;

/** The types the importer reads; any other is listed in the report as not needed. */
export const READ_TYPES: ReadonlySet<string> = new Set(Object.values(TYPES));

export function objectAt(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function listAt(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function textAt(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function numberAt(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function flagAt(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'True') return true;
  if (value === 'false' || value === 'False') return false;
  return undefined;
}

/** `obj.a.b.id` for a path of keys, lower-cased; '' when any step is missing. */
export function idAt(value: unknown, ...path: string[]): string {
  let at: unknown = value;
  for (const key of path) at = objectAt(at)[key];
  return textAt(at).toLowerCase();
}

/** The VNet a subnet id belongs to: `…/virtualnetworks/hub/subnets/gatewaysubnet` → `…/virtualnetworks/hub`. */
export function vnetOfSubnet(subnetKey: string): string {
  const at = subnetKey.lastIndexOf('/subnets/');
  return at < 0 ? '' : subnetKey.slice(0, at);
}

/** The last segment of an id: the resource's name. */
export function lastSegment(id: string): string {
  const parts = id.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/** `Microsoft.Storage/storageAccounts` from a resource id: its provider and first type segment. */
export function providerType(id: string): string {
  const match = /\/providers\/([^/]+)\/([^/]+)/i.exec(id);
  return match ? `${match[1]}/${match[2]}` : '';
}
