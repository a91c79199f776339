import { flagAt, idAt, lastSegment, listAt, objectAt, providerType, textAt, TYPES } from './azure-resource.ts';
import { validIp, type Build } from './estate-build.ts';
import type { Network } from './estate-network.ts';

// What lives in the estate's VNets: firewalls and NVAs (read first, as a GatewaySubnet route's next
// hop is matched to their IPs), VMs from their network interfaces, private endpoints, internal load
// balancers and DNS resolver inbound endpoints.

const PE_SERVICES: Record<string, string> = {
  'microsoft.storage/storageaccounts': 'Storage',
  'microsoft.keyvault/vaults': 'KeyVault',
  'microsoft.documentdb/databaseaccounts': 'CosmosDB',
  'microsoft.sql/servers': 'SQL',
  'microsoft.network/privatelinkservices': 'ThirdPartyPrivateLinkService',
};

/** Firewalls, NVAs and VMs; returns each appliance's IP → its node id. */
export function addAppliancesAndVms(b: Build, network: Network): Map<string, string> {
  const applianceAt = new Map<string, string>();
  for (const firewall of b.of(TYPES.firewall)) {
    const config = objectAt(objectAt(listAt(firewall.properties.ipConfigurations)[0]).properties);
    const parent = network.inVnet(firewall, idAt(config, 'subnet', 'id'), 'firewall subnet');
    if (!parent) continue;
    const ip = validIp(textAt(config.privateIPAddress));
    const id = b.idFor(firewall.name, 'firewall');
    if (ip) applianceAt.set(ip, id);
    b.nodes.push({
      id,
      kind: 'nva',
      label: firewall.name,
      parentId: parent,
      props: { product: 'azureFirewall', ip },
      azureId: firewall.id,
    });
    b.note(firewall.type, 'NVA (Azure Firewall)');
  }
  // Resource Graph names each interface's VM; a template names each VM's interfaces instead.
  const vmOfNic = new Map<string, string>();
  for (const vm of b.of(TYPES.vm)) {
    for (const nic of listAt(objectAt(vm.properties.networkProfile).networkInterfaces))
      vmOfNic.set(idAt(nic, 'id'), vm.id);
    b.note(vm.type, 'VM');
  }
  /** VM key → the name of the interface that stands for it. */
  const drawn = new Map<string, string>();
  for (const nic of b.of(TYPES.nic)) {
    if (idAt(nic.properties, 'privateEndpoint', 'id')) {
      b.note(nic.type, 'part of a private endpoint');
      continue;
    }
    const config = objectAt(objectAt(listAt(nic.properties.ipConfigurations)[0]).properties);
    const forwarding = flagAt(nic.properties.enableIPForwarding) === true;
    const vmId = textAt(objectAt(nic.properties.virtualMachine).id) || vmOfNic.get(nic.key) || '';
    const vm = vmId.toLowerCase();
    if (!vm && !forwarding) {
      b.ignore(nic, 'a network interface attached to no VM');
      continue;
    }
    const first = drawn.get(vm);
    if (vm && first !== undefined) {
      b.report.assumed.push(`${lastSegment(vmId)} has more than one network interface: ${first} stands for the VM.`);
      continue;
    }
    const parent = network.inVnet(nic, idAt(config, 'subnet', 'id'), 'subnet');
    if (!parent) continue;
    const ip = validIp(textAt(config.privateIPAddress));
    const label = vm ? lastSegment(vmId) : nic.name;
    const id = b.idFor(label, forwarding ? 'nva' : 'vm');
    if (vm) drawn.set(vm, nic.name);
    if (forwarding) {
      if (ip) applianceAt.set(ip, id);
      b.nodes.push({ id, kind: 'nva', label, parentId: parent, props: { product: 'thirdParty', ip }, azureId: nic.id });
      b.report.assumed.push(
        `${label} forwards IP traffic (enableIPForwarding): taken for a network virtual appliance.`,
      );
      b.note(nic.type, 'NVA (IP forwarding)');
    } else {
      b.nodes.push({ id, kind: 'vm', label, parentId: parent, props: { ip }, azureId: vm ? vmId : nic.id });
      b.note(nic.type, 'interface of a VM');
    }
  }
  return applianceAt;
}

/** Private endpoints, internal load balancers, DNS resolver inbound endpoints. */
export function addEndpoints(b: Build, network: Network): void {
  for (const endpoint of b.of(TYPES.privateEndpoint)) {
    const parent = network.inVnet(endpoint, idAt(endpoint.properties, 'subnet', 'id'), 'subnet');
    if (!parent) continue;
    const connections = [
      ...listAt(endpoint.properties.privateLinkServiceConnections),
      ...listAt(endpoint.properties.manualPrivateLinkServiceConnections),
    ];
    const target = textAt(objectAt(objectAt(connections[0]).properties).privateLinkServiceId);
    const service = PE_SERVICES[providerType(target).toLowerCase()] ?? 'Other';
    const nic = b.byKey.get(idAt(listAt(endpoint.properties.networkInterfaces)[0], 'id'));
    const ip = validIp(
      textAt(listAt(objectAt(listAt(endpoint.properties.customDnsConfigs)[0]).ipAddresses)[0]) ||
        textAt(objectAt(objectAt(listAt(endpoint.properties.ipConfigurations)[0]).properties).privateIPAddress) ||
        textAt(objectAt(objectAt(listAt(nic?.properties.ipConfigurations)[0]).properties).privateIPAddress),
    );
    if (!ip)
      b.report.assumed.push(
        `${endpoint.name}: no IP address in the export; the private endpoint is drawn without one.`,
      );
    b.nodes.push({
      id: b.idFor(endpoint.name, 'endpoint'),
      kind: 'privateEndpoint',
      label: endpoint.name,
      parentId: parent,
      props: { service, ip },
      azureId: endpoint.id,
    });
    b.note(endpoint.type, 'private endpoint');
  }
  for (const balancer of b.of(TYPES.loadBalancer)) {
    const sku = textAt(balancer.sku.name) || 'Standard';
    if (sku.toLowerCase() === 'gateway') {
      b.ignore(balancer, 'a Gateway load balancer: it chains appliances and is not a flow endpoint');
      continue;
    }
    const internal = listAt(balancer.properties.frontendIPConfigurations)
      .map((frontend) => objectAt(objectAt(frontend).properties))
      .find((frontend) => idAt(frontend, 'subnet', 'id'));
    if (!internal) {
      b.ignore(balancer, 'a public load balancer: it has no private frontend for traffic from on-premises');
      continue;
    }
    const parent = network.inVnet(balancer, idAt(internal, 'subnet', 'id'), 'frontend');
    if (!parent) continue;
    b.nodes.push({
      id: b.idFor(balancer.name, 'load-balancer'),
      kind: 'loadBalancer',
      label: balancer.name,
      parentId: parent,
      props: {
        sku: sku.toLowerCase() === 'basic' ? 'Basic' : 'Standard',
        frontendIp: validIp(textAt(internal.privateIPAddress)),
      },
      azureId: balancer.id,
    });
    b.note(balancer.type, 'internal load balancer');
  }
  for (const inbound of b.of(TYPES.dnsInbound)) {
    const config = objectAt(listAt(inbound.properties.ipConfigurations)[0]);
    const parent = network.inVnet(inbound, idAt(config, 'subnet', 'id'), 'subnet');
    if (!parent) continue;
    const ip = validIp(textAt(config.privateIpAddress ?? objectAt(config.properties).privateIPAddress));
    b.nodes.push({
      id: b.idFor(inbound.name, 'dns-resolver'),
      kind: 'dnsResolver',
      label: inbound.name,
      parentId: parent,
      props: { ip },
      azureId: inbound.id,
    });
    b.note(inbound.type, 'DNS resolver');
  }
}
