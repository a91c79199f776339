import { isCidr, isIp } from '../engine/index.ts';
import {
  flagAt,
  idAt,
  lastSegment,
  listAt,
  numberAt,
  objectAt,
  providerType,
  READ_TYPES,
  textAt,
  TYPES,
  vnetOfSubnet,
  type AzureResource,
} from './azure-resource.ts';
import { proposeSites, type ProposedFlow } from './propose.ts';

// Azure resources → a design document (FORMAT.md), and a report of what each resource became, what
// was left out and why, and what was assumed. Every node keeps its resource's ARM id (`azureId`).
// Secrets (authorization and shared keys) are never read into the design. What an estate cannot
// say, its on-premises side, is proposed (propose.ts) for the architect to confirm.

export type Ignored = { name: string; type: string; reason: string };

export type EstateReport = {
  /** Each resource type read, how many, and what they became. */
  read: { type: string; count: number; became: string }[];
  ignored: Ignored[];
  assumed: string[];
  warnings: string[];
  /** Authorization and shared keys found and not read into the design. */
  secretsDropped: number;
};

type Node = {
  id: string;
  kind: string;
  label: string;
  parentId?: string;
  props: Record<string, unknown>;
  azureId?: string;
};
type Edge = {
  id: string;
  kind: string;
  source: string;
  target: string;
  label?: string;
  props: Record<string, unknown>;
  azureId?: string;
};

export type EstateDesign = {
  /** A design document without flows: the proposed ones are added once confirmed (withFlows). */
  document: {
    format: 'fastpath-design';
    version: 1;
    title: string;
    rulesAsOf: 'latest';
    allowPreviews: false;
    nodes: Node[];
    edges: Edge[];
    notes: { id: string; author: string; text: string }[];
  };
  report: EstateReport;
  /** The flows proposed from each proposed site to each endpoint it can reach. */
  proposedFlows: ProposedFlow[];
};

const GATEWAY_SKUS: Record<string, string> = {
  standard: 'Standard',
  highperformance: 'HighPerformance',
  ultraperformance: 'UltraPerformance',
  ergw1az: 'ErGw1AZ',
  ergw2az: 'ErGw2AZ',
  ergw3az: 'ErGw3AZ',
  ergwscale: 'ErGwScale',
};

const PE_SERVICES: Record<string, string> = {
  'microsoft.storage/storageaccounts': 'Storage',
  'microsoft.keyvault/vaults': 'KeyVault',
  'microsoft.documentdb/databaseaccounts': 'CosmosDB',
  'microsoft.sql/servers': 'SQL',
  'microsoft.network/privatelinkservices': 'ThirdPartyPrivateLinkService',
};

export function estateDesign(
  resources: readonly AzureResource[],
  title: string,
  warnings: readonly string[] = [],
): EstateDesign {
  const report: EstateReport = { read: [], ignored: [], assumed: [], warnings: [...warnings], secretsDropped: 0 };
  const byType = new Map<string, AzureResource[]>();
  const byKey = new Map<string, AzureResource>();
  for (const resource of resources) {
    byKey.set(resource.key, resource);
    const list = byType.get(resource.type) ?? [];
    list.push(resource);
    byType.set(resource.type, list);
  }
  const of = (type: string) => byType.get(type) ?? [];
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  const taken = new Set<string>();
  const idFor = (name: string, fallback: string) => {
    const base =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || fallback;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const ignore = (resource: AzureResource, reason: string) =>
    report.ignored.push({ name: resource.name, type: resource.type, reason });
  const became = new Map<string, (keyof typeof PLURALS)[]>();
  const note = (type: string, what: keyof typeof PLURALS) => became.set(type, [...(became.get(type) ?? []), what]);

  // VNets, and which VNet each subnet is in (with the route table on it).
  const vnetNode = new Map<string, string>();
  const routeTableOfSubnet = new Map<string, string>();
  for (const vnet of of(TYPES.vnet)) {
    const space = listAt(objectAt(vnet.properties.addressSpace).addressPrefixes).map(textAt);
    const bad = space.filter((prefix) => !isCidr(prefix));
    if (bad.length)
      report.warnings.push(`${vnet.name}: address prefixes ${bad.join(', ')} are not CIDR prefixes and were left out.`);
    const id = idFor(vnet.name, 'vnet');
    vnetNode.set(vnet.key, id);
    nodes.push({
      id,
      kind: 'vnet',
      label: vnet.name,
      props: { region: vnet.location, addressSpace: space.filter(isCidr) },
      azureId: vnet.id,
    });
    for (const subnet of [...listAt(vnet.properties.subnets), ...childrenOf(of(TYPES.subnet), vnet.key)]) {
      const fields = objectAt(subnet);
      const key = textAt(fields.id).toLowerCase() || `${vnet.key}/subnets/${textAt(fields.name).toLowerCase()}`;
      const table = idAt(fields.properties ?? fields, 'routeTable', 'id');
      if (table) routeTableOfSubnet.set(key, table);
    }
    note(vnet.type, 'VNet');
  }
  for (const table of of(TYPES.routeTable)) {
    for (const subnet of listAt(table.properties.subnets)) {
      const key = idAt(subnet, 'id');
      if (key && !routeTableOfSubnet.has(key)) routeTableOfSubnet.set(key, table.key);
    }
  }
  const inVnet = (resource: AzureResource, subnetKey: string, what: string): string | null => {
    const vnet = vnetNode.get(vnetOfSubnet(subnetKey));
    if (vnet) return vnet;
    ignore(
      resource,
      subnetKey ? `its ${what} is in a VNet that is not in the export` : `it names no subnet for its ${what}`,
    );
    return null;
  };

  // Firewalls and forwarding NICs first: a GatewaySubnet route's next hop is matched to their IPs.
  const applianceAt = new Map<string, string>();
  for (const firewall of of(TYPES.firewall)) {
    const config = objectAt(objectAt(listAt(firewall.properties.ipConfigurations)[0]).properties);
    const parent = inVnet(firewall, idAt(config, 'subnet', 'id'), 'firewall subnet');
    if (!parent) continue;
    const ip = validIp(textAt(config.privateIPAddress));
    const id = idFor(firewall.name, 'firewall');
    if (ip) applianceAt.set(ip, id);
    nodes.push({
      id,
      kind: 'nva',
      label: firewall.name,
      parentId: parent,
      props: { product: 'azureFirewall', ip },
      azureId: firewall.id,
    });
    note(firewall.type, 'NVA (Azure Firewall)');
  }
  const vms = new Map<string, string>();
  // Resource Graph names each interface's VM; a template names each VM's interfaces instead.
  const vmOfNic = new Map<string, string>();
  for (const vm of of(TYPES.vm)) {
    for (const nic of listAt(objectAt(vm.properties.networkProfile).networkInterfaces))
      vmOfNic.set(idAt(nic, 'id'), vm.id);
    note(vm.type, 'VM');
  }
  for (const nic of of(TYPES.nic)) {
    if (idAt(nic.properties, 'privateEndpoint', 'id')) {
      note(nic.type, 'part of a private endpoint');
      continue;
    }
    const config = objectAt(objectAt(listAt(nic.properties.ipConfigurations)[0]).properties);
    const forwarding = flagAt(nic.properties.enableIPForwarding) === true;
    const vmId = textAt(objectAt(nic.properties.virtualMachine).id) || vmOfNic.get(nic.key) || '';
    const vm = vmId.toLowerCase();
    if (!vm && !forwarding) {
      ignore(nic, 'a network interface attached to no VM');
      continue;
    }
    if (vm && vms.has(vm)) {
      report.assumed.push(
        `${lastSegment(vm)} has more than one network interface: the first (${textAt(objectAt(byKey.get(vms.get(vm) ?? '')).name) || 'listed first'}) stands for the VM.`,
      );
      continue;
    }
    const parent = inVnet(nic, idAt(config, 'subnet', 'id'), 'subnet');
    if (!parent) continue;
    const ip = validIp(textAt(config.privateIPAddress));
    const label = vm ? lastSegment(vmId) : nic.name;
    const id = idFor(label, forwarding ? 'nva' : 'vm');
    if (vm) vms.set(vm, nic.key);
    if (forwarding) {
      if (ip) applianceAt.set(ip, id);
      nodes.push({ id, kind: 'nva', label, parentId: parent, props: { product: 'thirdParty', ip }, azureId: nic.id });
      report.assumed.push(`${label} forwards IP traffic (enableIPForwarding): taken for a network virtual appliance.`);
      note(nic.type, 'NVA (IP forwarding)');
    } else {
      nodes.push({
        id,
        kind: 'vm',
        label,
        parentId: parent,
        props: { ip },
        azureId: vm ? vmId : nic.id,
      });
      note(nic.type, 'interface of a VM');
    }
  }

  // ExpressRoute gateways, in the VNet of their GatewaySubnet, with the UDR on that subnet.
  const gatewayNode = new Map<string, string>();
  for (const gateway of of(TYPES.gateway)) {
    const kind = textAt(gateway.properties.gatewayType);
    if (kind.toLowerCase() !== 'expressroute') {
      ignore(gateway, `a ${kind || 'non-ExpressRoute'} gateway: only ExpressRoute gateways carry FastPath`);
      continue;
    }
    const subnet = idAt(objectAt(listAt(gateway.properties.ipConfigurations)[0]).properties, 'subnet', 'id');
    const parent = inVnet(gateway, subnet, 'GatewaySubnet');
    if (!parent) continue;
    const skuName = textAt(objectAt(gateway.properties.sku).name) || textAt(gateway.sku.name);
    let sku = GATEWAY_SKUS[skuName.toLowerCase()];
    if (!sku) {
      sku = 'Standard';
      report.assumed.push(`${gateway.name}: gateway SKU "${skuName}" is not one the rules know; taken as Standard.`);
    }
    const props: Record<string, unknown> = { sku };
    if (sku === 'ErGwScale') {
      const bounds = objectAt(objectAt(gateway.properties.autoScaleConfiguration).bounds);
      const units = numberAt(bounds.min) ?? numberAt(objectAt(gateway.properties.sku).capacity) ?? 1;
      props.scaleUnits = Math.min(40, Math.max(1, Math.round(units)));
    }
    const hop = udrNextHop(routeTableOfSubnet.get(subnet), byKey, applianceAt, gateway.name, report);
    if (hop) props.udrNextHopId = hop;
    const id = idFor(gateway.name, 'gateway');
    gatewayNode.set(gateway.key, id);
    nodes.push({ id, kind: 'gateway', label: gateway.name, parentId: parent, props, azureId: gateway.id });
    note(gateway.type, 'ER gateway');
  }

  // Circuits, with the port of an ExpressRoute Direct one, and which peerings they have.
  const circuitNode = new Map<string, { id: string; private: boolean; microsoft: boolean; resource: AzureResource }>();
  for (const circuit of of(TYPES.circuit)) {
    const port = byKey.get(idAt(circuit.properties, 'expressRoutePort', 'id'));
    const provider = objectAt(circuit.properties.serviceProviderProperties);
    const direct = idAt(circuit.properties, 'expressRoutePort', 'id') !== '';
    const gbps = numberAt(circuit.properties.bandwidthInGbps);
    const mbps = direct
      ? (gbps ?? numberAt(port?.properties.bandwidthInGbps) ?? 10) * 1000
      : (numberAt(provider.bandwidthInMbps) ?? 1000);
    const tier = textAt(circuit.sku.tier) || textAt(circuit.sku.name).split('_')[0] || 'Standard';
    let sku = ['Local', 'Standard', 'Premium'].find((known) => known.toLowerCase() === tier.toLowerCase());
    if (!sku) {
      sku = 'Standard';
      report.assumed.push(`${circuit.name}: circuit SKU tier "${tier}" taken as Standard.`);
    }
    const peerings = [...listAt(circuit.properties.peerings), ...childrenOf(of(TYPES.circuitPeering), circuit.key)].map(
      (peering) =>
        textAt(objectAt(objectAt(peering).properties).peeringType ?? objectAt(peering).peeringType).toLowerCase(),
    );
    const id = idFor(circuit.name, 'circuit');
    circuitNode.set(circuit.key, {
      id,
      private: peerings.includes('azureprivatepeering'),
      microsoft: peerings.includes('microsoftpeering'),
      resource: circuit,
    });
    nodes.push({
      id,
      kind: 'circuit',
      label: circuit.name,
      props: {
        circuitType: direct ? 'direct' : 'provider',
        bandwidthMbps: mbps,
        sku,
        peeringLocation: textAt(direct ? port?.properties.peeringLocation : provider.peeringLocation),
        portId: direct ? lastSegment(textAt(objectAt(circuit.properties.expressRoutePort).id)) : '',
      },
      azureId: circuit.id,
    });
    note(circuit.type, direct ? 'circuit (ExpressRoute Direct)' : 'circuit (provider)');
  }
  for (const port of of(TYPES.port)) note(port.type, 'port of a Direct circuit');

  // Connections: a gateway to a circuit, with the FastPath flags. Keys are secrets: never read.
  for (const connection of of(TYPES.connection)) {
    for (const secret of ['authorizationKey', 'sharedKey'])
      if (connection.properties[secret] !== undefined) report.secretsDropped++;
    const kind = textAt(connection.properties.connectionType);
    if (kind.toLowerCase() !== 'expressroute') {
      ignore(connection, `a ${kind || 'non-ExpressRoute'} connection`);
      continue;
    }
    const gateway = gatewayNode.get(idAt(connection.properties, 'virtualNetworkGateway1', 'id'));
    const circuit = circuitNode.get(idAt(connection.properties, 'peer', 'id'));
    if (!gateway || !circuit) {
      ignore(
        connection,
        !gateway ? 'its gateway is not in the export (or was left out)' : 'its circuit is not in the export',
      );
      continue;
    }
    edges.push({
      id: idFor(connection.name, 'connection'),
      kind: 'connection',
      source: gateway,
      target: circuit.id,
      label: connection.name,
      props: {
        fastPath: flagAt(connection.properties.expressRouteGatewayBypass) === true,
        privateLinkFastPath: flagAt(connection.properties.enablePrivateLinkFastPath) === true,
        routingWeight: Math.min(32_000, Math.max(0, Math.round(numberAt(connection.properties.routingWeight) ?? 0))),
      },
      azureId: connection.id,
    });
    note(connection.type, 'connection');
  }

  // Peerings: one resource per direction in Azure, one edge here, from the hub to the spoke.
  const sides = new Map<string, Map<string, { transit: boolean; remoteGateways: boolean }>>();
  for (const vnet of of(TYPES.vnet)) {
    for (const peering of [
      ...listAt(vnet.properties.virtualNetworkPeerings),
      ...childrenOf(of(TYPES.peering), vnet.key),
    ]) {
      const fields = objectAt(objectAt(peering).properties ?? peering);
      const remote = idAt(fields, 'remoteVirtualNetwork', 'id');
      if (!vnetNode.has(remote)) {
        report.ignored.push({
          name: `${vnet.name} → ${lastSegment(remote) || '?'}`,
          type: TYPES.peering,
          reason: 'a peering to a VNet that is not in the export',
        });
        continue;
      }
      const from = sides.get(vnet.key) ?? new Map();
      from.set(remote, {
        transit: flagAt(fields.allowGatewayTransit) === true,
        remoteGateways: flagAt(fields.useRemoteGateways) === true,
      });
      sides.set(vnet.key, from);
    }
  }
  const hasGateway = new Set(nodes.filter((node) => node.kind === 'gateway').map((node) => node.parentId));
  const done = new Set<string>();
  for (const [a, remotes] of sides) {
    for (const [b, aSide] of remotes) {
      const pair = [a, b].sort().join('|');
      if (done.has(pair)) continue;
      done.add(pair);
      const bSide = sides.get(b)?.get(a);
      const aId = vnetNode.get(a) as string;
      const bId = vnetNode.get(b) as string;
      const aIsHub = aSide.transit || (!bSide?.transit && hasGateway.has(aId) && !hasGateway.has(bId));
      const [hub, spoke, hubSide, spokeSide] = aIsHub ? [aId, bId, aSide, bSide] : [bId, aId, bSide, aSide];
      if (!bSide)
        report.assumed.push(
          `Only one direction of the peering between ${labelOf(nodes, aId)} and ${labelOf(nodes, bId)} is in the export; the other direction's settings were taken as off.`,
        );
      edges.push({
        id: idFor(`peering-${labelOf(nodes, hub)}-${labelOf(nodes, spoke)}`, 'peering'),
        kind: 'vnetPeering',
        source: hub,
        target: spoke,
        props: {
          allowGatewayTransit: hubSide?.transit ?? false,
          useRemoteGateways: spokeSide?.remoteGateways ?? false,
        },
      });
    }
  }

  // Endpoints: private endpoints, internal load balancers, DNS resolver inbound endpoints.
  for (const endpoint of of(TYPES.privateEndpoint)) {
    const parent = inVnet(endpoint, idAt(endpoint.properties, 'subnet', 'id'), 'subnet');
    if (!parent) continue;
    const connections = [
      ...listAt(endpoint.properties.privateLinkServiceConnections),
      ...listAt(endpoint.properties.manualPrivateLinkServiceConnections),
    ];
    const target = textAt(objectAt(objectAt(connections[0]).properties).privateLinkServiceId);
    const service = PE_SERVICES[providerType(target).toLowerCase()] ?? 'Other';
    const nic = byKey.get(idAt(listAt(endpoint.properties.networkInterfaces)[0], 'id'));
    const ip = validIp(
      textAt(listAt(objectAt(listAt(endpoint.properties.customDnsConfigs)[0]).ipAddresses)[0]) ||
        textAt(objectAt(objectAt(listAt(endpoint.properties.ipConfigurations)[0]).properties).privateIPAddress) ||
        textAt(objectAt(objectAt(listAt(nic?.properties.ipConfigurations)[0]).properties).privateIPAddress),
    );
    if (!ip)
      report.assumed.push(`${endpoint.name}: no IP address in the export; the private endpoint is drawn without one.`);
    nodes.push({
      id: idFor(endpoint.name, 'endpoint'),
      kind: 'privateEndpoint',
      label: endpoint.name,
      parentId: parent,
      props: { service, ip },
      azureId: endpoint.id,
    });
    note(endpoint.type, 'private endpoint');
  }
  for (const balancer of of(TYPES.loadBalancer)) {
    const sku = textAt(balancer.sku.name) || 'Standard';
    if (sku.toLowerCase() === 'gateway') {
      ignore(balancer, 'a Gateway load balancer: it chains appliances and is not a flow endpoint');
      continue;
    }
    const internal = listAt(balancer.properties.frontendIPConfigurations)
      .map((frontend) => objectAt(objectAt(frontend).properties))
      .find((frontend) => idAt(frontend, 'subnet', 'id'));
    if (!internal) {
      ignore(balancer, 'a public load balancer: it has no private frontend for traffic from on-premises');
      continue;
    }
    const parent = inVnet(balancer, idAt(internal, 'subnet', 'id'), 'frontend');
    if (!parent) continue;
    nodes.push({
      id: idFor(balancer.name, 'load-balancer'),
      kind: 'loadBalancer',
      label: balancer.name,
      parentId: parent,
      props: {
        sku: sku.toLowerCase() === 'basic' ? 'Basic' : 'Standard',
        frontendIp: validIp(textAt(internal.privateIPAddress)),
      },
      azureId: balancer.id,
    });
    note(balancer.type, 'internal load balancer');
  }
  for (const inbound of of(TYPES.dnsInbound)) {
    const config = objectAt(listAt(inbound.properties.ipConfigurations)[0]);
    const parent = inVnet(inbound, idAt(config, 'subnet', 'id'), 'subnet');
    if (!parent) continue;
    const ip = validIp(textAt(config.privateIpAddress ?? objectAt(config.properties).privateIPAddress));
    nodes.push({
      id: idFor(inbound.name, 'dns-resolver'),
      kind: 'dnsResolver',
      label: inbound.name,
      parentId: parent,
      props: { ip },
      azureId: inbound.id,
    });
    note(inbound.type, 'DNS resolver');
  }
  const onGatewaySubnets = new Set(
    [...routeTableOfSubnet].filter(([subnet]) => subnet.endsWith('/subnets/gatewaysubnet')).map(([, table]) => table),
  );
  for (const table of of(TYPES.routeTable)) {
    if (onGatewaySubnets.has(table.key)) note(table.type, 'route table on a GatewaySubnet');
    else ignore(table, 'a route table on no GatewaySubnet: FastPath does not depend on it');
  }
  for (const [type, list] of byType) {
    if (!READ_TYPES.has(type))
      for (const resource of list) ignore(resource, 'a resource type FastPath does not depend on');
  }

  const proposal = proposeSites(nodes, edges, [...circuitNode.values()], idFor);
  nodes.push(...proposal.sites);
  edges.push(...proposal.links);
  report.assumed.push(...proposal.assumed);
  report.read = [...byType]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([type, list]) => ({ type, count: list.length, became: summary(became.get(type) ?? []) }));

  return {
    document: {
      format: 'fastpath-design',
      version: 1,
      title,
      rulesAsOf: 'latest',
      allowPreviews: false,
      nodes,
      edges,
      notes: [{ id: 'estate-import', author: 'Estate import', text: reportText(report) }],
    },
    report,
    proposedFlows: proposal.flows,
  };
}

/** Child resources (the ARM export's separate subnets, peerings) of a parent, by id prefix. */
function childrenOf(children: readonly AzureResource[], parentKey: string): Record<string, unknown>[] {
  return children
    .filter((child) => child.key.startsWith(`${parentKey}/`))
    .map((child) => ({ id: child.id, name: child.name, properties: child.properties }));
}

/** The NVA or firewall a GatewaySubnet's route table sends traffic to, if one is in the design. */
function udrNextHop(
  tableKey: string | undefined,
  byKey: ReadonlyMap<string, AzureResource>,
  applianceAt: ReadonlyMap<string, string>,
  gateway: string,
  report: EstateReport,
): string | undefined {
  const table = tableKey ? byKey.get(tableKey) : undefined;
  if (!table) return undefined;
  for (const route of listAt(table.properties.routes)) {
    const fields = objectAt(objectAt(route).properties ?? route);
    if (textAt(fields.nextHopType).toLowerCase() !== 'virtualappliance') continue;
    const ip = textAt(fields.nextHopIpAddress);
    const appliance = applianceAt.get(ip);
    if (appliance) return appliance;
    report.assumed.push(
      `${gateway}: the GatewaySubnet routes to ${ip}, which is no firewall or NVA in the export; the route was left out.`,
    );
  }
  return undefined;
}

const validIp = (ip: string) => (isIp(ip) ? ip : '');

function labelOf(nodes: readonly Node[], id: string): string {
  return nodes.find((node) => node.id === id)?.label ?? id;
}

/** What a resource can become, one and many. */
const PLURALS = {
  VNet: 'VNets',
  'NVA (Azure Firewall)': 'NVAs (Azure Firewall)',
  'NVA (IP forwarding)': 'NVAs (IP forwarding)',
  VM: 'VMs',
  'interface of a VM': 'interfaces of VMs',
  'part of a private endpoint': 'parts of private endpoints',
  'ER gateway': 'ER gateways',
  'circuit (ExpressRoute Direct)': 'circuits (ExpressRoute Direct)',
  'circuit (provider)': 'circuits (provider)',
  'port of a Direct circuit': 'ports of Direct circuits',
  connection: 'connections',
  'private endpoint': 'private endpoints',
  'internal load balancer': 'internal load balancers',
  'DNS resolver': 'DNS resolvers',
  'route table on a GatewaySubnet': 'route tables on GatewaySubnets',
} as const;

/** "6 VNets", "4 VMs, 1 part of a private endpoint". */
function summary(what: readonly (keyof typeof PLURALS)[]): string {
  const counts = new Map<keyof typeof PLURALS, number>();
  for (const item of what) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, count]) => `${count} ${count === 1 ? item : PLURALS[item]}`).join(', ');
}

/** The report as the note the design keeps: plain text, within a note's length. */
export function reportText(report: EstateReport): string {
  const lines = ['Imported from an Azure estate export.', ''];
  for (const row of report.read) lines.push(`${row.type}: ${row.count}${row.became ? ` → ${row.became}` : ''}`);
  if (report.ignored.length) {
    lines.push('', `Left out (${report.ignored.length}):`);
    for (const item of report.ignored.slice(0, 40)) lines.push(`- ${item.name} (${item.type}): ${item.reason}`);
    if (report.ignored.length > 40) lines.push(`- and ${report.ignored.length - 40} more`);
  }
  if (report.assumed.length) lines.push('', 'Assumed:', ...report.assumed.slice(0, 40).map((line) => `- ${line}`));
  if (report.warnings.length) lines.push('', 'Warnings:', ...report.warnings.map((line) => `- ${line}`));
  if (report.secretsDropped)
    lines.push('', `${report.secretsDropped} authorization or shared keys were in the export and were not read.`);
  return lines.join('\n').slice(0, 9_900);
}
