import { flagAt, listAt, objectAt, textAt, TYPES, type AzureResource } from './azure-resource.ts';
import type { ReadResources, SkippedRow } from './read-resource-graph.ts';

// Terraform state as resources: `terraform show -json` (`values.root_module`, modules nested in
// `child_modules`) or the raw state file (`terraform state pull`: `resources[].instances[]`). Each
// azurerm resource is brought to the ARM shape the other readers give (azure-resource.ts), taking
// the attribute names of azurerm 3.x and 4.x where they differ. azurerm cannot set an ErGwScale
// gateway's scale units (hashicorp/terraform-provider-azurerm#31330), so teams set them with an
// `azapi_update_resource`; azapi resources carry the ARM body itself and are merged in as such.
// Secrets (authorization and shared keys) sit in the state in plain text: only their presence is
// kept, for the report's count.

const ASSOCIATION = 'azurerm_subnet_route_table_association';

type Entry = { address: string; type: string; values: Record<string, unknown> };

export function isTerraformState(value: unknown): boolean {
  const state = objectAt(value);
  if (typeof state.format_version === 'string' && 'values' in state) return true;
  if ('root_module' in objectAt(state.values)) return true;
  return typeof state.terraform_version === 'string' && Array.isArray(state.resources);
}

export function readTerraformState(value: unknown): ReadResources {
  const state = objectAt(value);
  const warnings: string[] = [];
  const skipped: SkippedRow[] = [];
  const entries = 'values' in state ? shownEntries(state) : rawEntries(state);
  if (entries.length === 0 && state.values === null) {
    warnings.push('The state is empty: `terraform show -json` printed no values (was it run in the right directory?).');
  }
  const resources: AzureResource[] = [];
  const updates: Entry[] = [];
  for (const entry of entries) {
    if (entry.type === 'azapi_update_resource') {
      updates.push(entry);
      continue;
    }
    if (entry.type === ASSOCIATION) continue; // read by associate()
    const resource = entry.type === 'azapi_resource' ? fromAzapi(entry) : fromAzurerm(entry);
    if (!resource) skipped.push({ at: entry.address, reason: 'a resource without an id' });
    else resources.push(resource);
  }
  associate(entries, resources);
  const byKey = new Map(resources.map((resource) => [resource.key, resource]));
  for (const update of updates) {
    const target = byKey.get(textAt(update.values.resource_id).toLowerCase());
    const body = bodyOf(update.values.body);
    if (!target) {
      skipped.push({ at: update.address, reason: 'an azapi update of a resource that is not in the state' });
      continue;
    }
    target.properties = merged(target.properties, objectAt(body.properties));
    if (body.sku) target.sku = merged(target.sku, objectAt(body.sku));
  }
  return { resources, warnings, skipped };
}

/** `terraform show -json`: managed resources of the root module and of every module inside it. */
function shownEntries(state: Record<string, unknown>): Entry[] {
  const entries: Entry[] = [];
  const walk = (module: Record<string, unknown>, depth: number) => {
    for (const raw of listAt(module.resources)) {
      const resource = objectAt(raw);
      if (resource.mode !== undefined && resource.mode !== 'managed') continue;
      entries.push({
        address: textAt(resource.address) || `${textAt(resource.type)}.${textAt(resource.name)}`,
        type: textAt(resource.type),
        values: objectAt(resource.values),
      });
    }
    if (depth < 32) for (const child of listAt(module.child_modules)) walk(objectAt(child), depth + 1);
  };
  walk(objectAt(objectAt(state.values).root_module), 0);
  return entries;
}

/** A raw state file (format version 4): each resource's instances, with their attributes. */
function rawEntries(state: Record<string, unknown>): Entry[] {
  const entries: Entry[] = [];
  for (const raw of listAt(state.resources)) {
    const resource = objectAt(raw);
    if (resource.mode !== undefined && resource.mode !== 'managed') continue;
    const module = textAt(resource.module);
    const base = `${module ? `${module}.` : ''}${textAt(resource.type)}.${textAt(resource.name)}`;
    for (const rawInstance of listAt(resource.instances)) {
      const instance = objectAt(rawInstance);
      const key = instance.index_key;
      const index = typeof key === 'number' ? `[${key}]` : typeof key === 'string' ? `[${JSON.stringify(key)}]` : '';
      entries.push({ address: base + index, type: textAt(resource.type), values: objectAt(instance.attributes) });
    }
  }
  return entries;
}

const id = (value: unknown) => ({ id: textAt(value) });
const ids = (value: unknown) => listAt(value).map(id);
const first = (value: unknown) => objectAt(listAt(value)[0]);
/** The first of several attribute names that is set: azurerm renamed some between 3.x and 4.x. */
const either = (values: Record<string, unknown>, ...names: string[]) =>
  names.map((name) => values[name]).find((value) => value !== undefined && value !== null);

/** An azurerm resource in the ARM shape; a type the importer does not read keeps its Terraform name. */
function fromAzurerm({ type, values }: Entry): AzureResource | null {
  const resourceId = textAt(values.id);
  if (!resourceId) return null;
  const shape = SHAPES[type];
  const { armType, properties, sku } = shape
    ? shape(values)
    : { armType: type, properties: {}, sku: {} as Record<string, unknown> };
  return {
    id: resourceId,
    key: resourceId.toLowerCase(),
    type: armType,
    name: textAt(values.name) || resourceId.split('/').pop() || resourceId,
    location: textAt(values.location).toLowerCase().replace(/\s+/g, ''),
    sku: sku ?? {},
    properties,
  };
}

type Shape = (values: Record<string, unknown>) => {
  armType: string;
  properties: Record<string, unknown>;
  sku?: Record<string, unknown>;
};

const ipConfiguration = (config: unknown) => {
  const fields = objectAt(config);
  return {
    name: textAt(fields.name),
    properties: {
      privateIPAddress: textAt(fields.private_ip_address),
      privateIPAddressVersion: textAt(fields.private_ip_address_version) || undefined,
      subnet: id(fields.subnet_id),
    },
  };
};

const SHAPES: Record<string, Shape> = {
  azurerm_virtual_network: (v) => ({
    armType: TYPES.vnet,
    properties: {
      addressSpace: { addressPrefixes: listAt(v.address_space) },
      subnets: listAt(v.subnet).map((raw) => {
        const subnet = objectAt(raw);
        return {
          id: textAt(subnet.id),
          name: textAt(subnet.name),
          properties: {
            addressPrefixes: listAt(subnet.address_prefixes).length
              ? listAt(subnet.address_prefixes)
              : [textAt(subnet.address_prefix)],
            ...(textAt(subnet.route_table_id) ? { routeTable: id(subnet.route_table_id) } : {}),
          },
        };
      }),
    },
  }),
  azurerm_subnet: (v) => ({
    armType: TYPES.subnet,
    properties: { addressPrefixes: listAt(v.address_prefixes) },
  }),
  azurerm_virtual_network_peering: (v) => ({
    armType: TYPES.peering,
    properties: {
      remoteVirtualNetwork: id(v.remote_virtual_network_id),
      allowGatewayTransit: flagAt(v.allow_gateway_transit) === true,
      useRemoteGateways: flagAt(v.use_remote_gateways) === true,
      allowForwardedTraffic: flagAt(v.allow_forwarded_traffic) === true,
    },
  }),
  azurerm_route_table: (v) => {
    const propagation = flagAt(v.bgp_route_propagation_enabled);
    return {
      armType: TYPES.routeTable,
      properties: {
        disableBgpRoutePropagation:
          propagation !== undefined ? !propagation : flagAt(v.disable_bgp_route_propagation) === true,
        routes: listAt(v.route).map((raw) => {
          const route = objectAt(raw);
          return {
            name: textAt(route.name),
            properties: {
              addressPrefix: textAt(route.address_prefix),
              nextHopType: textAt(route.next_hop_type),
              nextHopIpAddress: textAt(route.next_hop_in_ip_address),
            },
          };
        }),
        subnets: ids(v.subnets),
      },
    };
  },
  azurerm_virtual_network_gateway: (v) => ({
    armType: TYPES.gateway,
    properties: {
      gatewayType: textAt(v.type),
      sku: { name: textAt(v.sku), tier: textAt(v.sku) },
      ipConfigurations: listAt(v.ip_configuration).map((raw) => ({
        name: textAt(objectAt(raw).name),
        properties: { subnet: id(objectAt(raw).subnet_id) },
      })),
    },
  }),
  azurerm_virtual_network_gateway_connection: (v) => ({
    armType: TYPES.connection,
    properties: {
      connectionType: textAt(v.type),
      virtualNetworkGateway1: id(v.virtual_network_gateway_id),
      peer: id(v.express_route_circuit_id),
      routingWeight: v.routing_weight,
      expressRouteGatewayBypass: flagAt(v.express_route_gateway_bypass) === true,
      enablePrivateLinkFastPath: flagAt(v.private_link_fast_path_enabled) === true,
      // Presence only: the values never leave this function.
      ...(textAt(v.authorization_key) ? { authorizationKey: null } : {}),
      ...(textAt(v.shared_key) ? { sharedKey: null } : {}),
    },
  }),
  azurerm_express_route_circuit: (v) => {
    const sku = first(v.sku);
    const tier = textAt(sku.tier);
    const family = textAt(sku.family);
    const port = textAt(v.express_route_port_id);
    return {
      armType: TYPES.circuit,
      sku: { name: tier && family ? `${tier}_${family}` : tier, tier, family },
      properties: port
        ? { expressRoutePort: { id: port }, bandwidthInGbps: v.bandwidth_in_gbps }
        : {
            serviceProviderProperties: {
              serviceProviderName: textAt(v.service_provider_name),
              peeringLocation: textAt(v.peering_location),
              bandwidthInMbps: v.bandwidth_in_mbps,
            },
          },
    };
  },
  azurerm_express_route_circuit_peering: (v) => ({
    armType: TYPES.circuitPeering,
    properties: { peeringType: textAt(v.peering_type) },
  }),
  azurerm_express_route_port: (v) => ({
    armType: TYPES.port,
    properties: {
      peeringLocation: textAt(v.peering_location),
      bandwidthInGbps: v.bandwidth_in_gbps,
      encapsulation: textAt(v.encapsulation),
    },
  }),
  azurerm_network_interface: (v) => ({
    armType: TYPES.nic,
    properties: {
      ipConfigurations: listAt(v.ip_configuration).map(ipConfiguration),
      enableIPForwarding: flagAt(either(v, 'ip_forwarding_enabled', 'enable_ip_forwarding')) === true,
      ...(textAt(v.virtual_machine_id) ? { virtualMachine: id(v.virtual_machine_id) } : {}),
    },
  }),
  azurerm_linux_virtual_machine: (v) => ({ armType: TYPES.vm, properties: vmProperties(v) }),
  azurerm_windows_virtual_machine: (v) => ({ armType: TYPES.vm, properties: vmProperties(v) }),
  azurerm_virtual_machine: (v) => ({ armType: TYPES.vm, properties: vmProperties(v) }),
  azurerm_private_endpoint: (v) => {
    const connections = listAt(v.private_service_connection).map(objectAt);
    const link = (connection: Record<string, unknown>) => ({
      name: textAt(connection.name),
      properties: {
        privateLinkServiceId: textAt(connection.private_connection_resource_id),
        groupIds: listAt(connection.subresource_names),
      },
    });
    return {
      armType: TYPES.privateEndpoint,
      properties: {
        subnet: id(v.subnet_id),
        privateLinkServiceConnections: connections.filter((c) => flagAt(c.is_manual_connection) !== true).map(link),
        manualPrivateLinkServiceConnections: connections
          .filter((c) => flagAt(c.is_manual_connection) === true)
          .map(link),
        customDnsConfigs: listAt(v.custom_dns_configs).map((raw) => ({
          fqdn: textAt(objectAt(raw).fqdn),
          ipAddresses: listAt(objectAt(raw).ip_addresses),
        })),
        ipConfigurations: connections
          .filter((c) => textAt(c.private_ip_address))
          .map((c) => ({ properties: { privateIPAddress: textAt(c.private_ip_address) } })),
        networkInterfaces: listAt(v.network_interface).map((raw) => id(objectAt(raw).id)),
      },
    };
  },
  azurerm_lb: (v) => ({
    armType: TYPES.loadBalancer,
    sku: { name: textAt(v.sku) },
    properties: {
      frontendIPConfigurations: listAt(v.frontend_ip_configuration).map((raw) => {
        const frontend = objectAt(raw);
        return {
          name: textAt(frontend.name),
          properties: {
            privateIPAddress: textAt(frontend.private_ip_address),
            ...(textAt(frontend.subnet_id) ? { subnet: id(frontend.subnet_id) } : {}),
            ...(textAt(frontend.public_ip_address_id) ? { publicIPAddress: id(frontend.public_ip_address_id) } : {}),
          },
        };
      }),
    },
  }),
  azurerm_firewall: (v) => ({
    armType: TYPES.firewall,
    properties: { ipConfigurations: listAt(v.ip_configuration).map(ipConfiguration) },
  }),
  azurerm_private_dns_resolver_inbound_endpoint: (v) => ({
    armType: TYPES.dnsInbound,
    properties: {
      ipConfigurations: listAt(v.ip_configurations).map((raw) => ({
        privateIpAddress: textAt(objectAt(raw).private_ip_address),
        subnet: id(objectAt(raw).subnet_id),
      })),
    },
  }),
};

function vmProperties(values: Record<string, unknown>): Record<string, unknown> {
  return { networkProfile: { networkInterfaces: ids(values.network_interface_ids) } };
}

/**
 * Terraform keeps some links as resources of their own: a route table's subnets
 * (`azurerm_subnet_route_table_association`), which ARM keeps on the route table.
 */
function associate(entries: readonly Entry[], resources: readonly AzureResource[]): void {
  const byKey = new Map(resources.map((resource) => [resource.key, resource]));
  for (const { type, values } of entries) {
    if (type !== ASSOCIATION) continue;
    const table = byKey.get(textAt(values.route_table_id).toLowerCase());
    if (!table) continue;
    const subnets = listAt(table.properties.subnets);
    if (!subnets.some((subnet) => textAt(objectAt(subnet).id).toLowerCase() === textAt(values.subnet_id).toLowerCase()))
      table.properties = { ...table.properties, subnets: [...subnets, id(values.subnet_id)] };
  }
}

/** An azapi resource: its ARM type before the `@api-version`, its body as ARM writes it. */
function fromAzapi({ values }: Entry): AzureResource | null {
  const resourceId = textAt(values.id);
  if (!resourceId) return null;
  const body = bodyOf(values.body);
  return {
    id: resourceId,
    key: resourceId.toLowerCase(),
    type: textAt(values.type).split('@')[0]?.toLowerCase() ?? '',
    name: textAt(values.name) || resourceId.split('/').pop() || resourceId,
    location: textAt(values.location ?? body.location)
      .toLowerCase()
      .replace(/\s+/g, ''),
    sku: objectAt(body.sku),
    properties: objectAt(body.properties),
  };
}

/** azapi 2.x keeps `body` as an object, 1.x as JSON text. */
function bodyOf(body: unknown): Record<string, unknown> {
  if (typeof body !== 'string') return objectAt(body);
  try {
    return objectAt(JSON.parse(body));
  } catch {
    return {};
  }
}

/** `patch` laid over `base`, objects merged key by key (an azapi update sets only what it names). */
function merged(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const before = result[key];
    result[key] =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof before === 'object' && before
        ? merged(objectAt(before), objectAt(value))
        : value;
  }
  return result;
}
