import { isCidr } from '../engine/index.ts';
import {
  flagAt,
  idAt,
  lastSegment,
  listAt,
  objectAt,
  textAt,
  TYPES,
  vnetOfSubnet,
  type AzureResource,
} from './azure-resource.ts';
import type { Build } from './estate-build.ts';

// The estate's network: VNets (and which VNet each subnet is in, with the route table on it), the
// peerings between them, and the route tables on GatewaySubnets.

export type Network = {
  /** VNet key → its node id and name. */
  vnets: ReadonlyMap<string, { id: string; label: string }>;
  /** Subnet key → the key of the route table on it. */
  routeTableOfSubnet: ReadonlyMap<string, string>;
  /** The VNet node a resource lives in, from one of its subnet ids; null (and the resource left out) when none. */
  inVnet(resource: AzureResource, subnetKey: string, what: string): string | null;
};

export function addVnets(b: Build): Network {
  const vnets = new Map<string, { id: string; label: string }>();
  const routeTableOfSubnet = new Map<string, string>();
  for (const vnet of b.of(TYPES.vnet)) {
    const space = listAt(objectAt(vnet.properties.addressSpace).addressPrefixes).map(textAt);
    const bad = space.filter((prefix) => !isCidr(prefix));
    if (bad.length)
      b.report.warnings.push(
        `${vnet.name}: address prefixes ${bad.join(', ')} are not CIDR prefixes and were left out.`,
      );
    const id = b.idFor(vnet.name, 'vnet');
    vnets.set(vnet.key, { id, label: vnet.name });
    b.nodes.push({
      id,
      kind: 'vnet',
      label: vnet.name,
      props: { region: vnet.location, addressSpace: space.filter(isCidr) },
      azureId: vnet.id,
    });
    for (const subnet of [...listAt(vnet.properties.subnets), ...b.childrenOf(TYPES.subnet, vnet.key)]) {
      const fields = objectAt(subnet);
      const key = textAt(fields.id).toLowerCase() || `${vnet.key}/subnets/${textAt(fields.name).toLowerCase()}`;
      const table = idAt(fields.properties ?? fields, 'routeTable', 'id');
      if (table) routeTableOfSubnet.set(key, table);
    }
    b.note(vnet.type, 'VNet');
  }
  for (const table of b.of(TYPES.routeTable)) {
    for (const subnet of listAt(table.properties.subnets)) {
      const key = idAt(subnet, 'id');
      if (key && !routeTableOfSubnet.has(key)) routeTableOfSubnet.set(key, table.key);
    }
  }
  return {
    vnets,
    routeTableOfSubnet,
    inVnet(resource, subnetKey, what) {
      const vnet = vnets.get(vnetOfSubnet(subnetKey));
      if (vnet) return vnet.id;
      b.ignore(
        resource,
        subnetKey ? `its ${what} is in a VNet that is not in the export` : `it names no subnet for its ${what}`,
      );
      return null;
    },
  };
}

type Side = { transit: boolean; remoteGateways: boolean };

/** Peerings: one resource per direction in Azure, one edge here, from the hub to the spoke. */
export function addPeerings(b: Build, { vnets }: Network): void {
  const sides = new Map<string, Map<string, Side>>();
  for (const vnet of b.of(TYPES.vnet)) {
    for (const peering of [
      ...listAt(vnet.properties.virtualNetworkPeerings),
      ...b.childrenOf(TYPES.peering, vnet.key),
    ]) {
      const fields = objectAt(objectAt(peering).properties ?? peering);
      const remote = idAt(fields, 'remoteVirtualNetwork', 'id');
      if (!vnets.has(remote)) {
        b.report.ignored.push({
          name: `${vnet.name} → ${lastSegment(remote) || '?'}`,
          type: TYPES.peering,
          reason: 'a peering to a VNet that is not in the export',
        });
        continue;
      }
      const from = sides.get(vnet.key) ?? new Map<string, Side>();
      from.set(remote, {
        transit: flagAt(fields.allowGatewayTransit) === true,
        remoteGateways: flagAt(fields.useRemoteGateways) === true,
      });
      sides.set(vnet.key, from);
    }
  }
  const hasGateway = new Set(b.nodes.filter((node) => node.kind === 'gateway').map((node) => node.parentId));
  const done = new Set<string>();
  for (const [a, remotes] of sides) {
    for (const [other, aSide] of remotes) {
      const pair = [a, other].sort().join('|');
      if (done.has(pair)) continue;
      done.add(pair);
      const bSide = sides.get(other)?.get(a);
      const first = vnets.get(a)!;
      const second = vnets.get(other)!;
      // The hub offers gateway transit; failing that, it is the side with a gateway.
      const firstIsHub = aSide.transit || (!bSide?.transit && hasGateway.has(first.id) && !hasGateway.has(second.id));
      const [hub, spoke, hubSide, spokeSide] = firstIsHub
        ? [first, second, aSide, bSide]
        : [second, first, bSide, aSide];
      if (!bSide)
        b.report.assumed.push(
          `Only one direction of the peering between ${first.label} and ${second.label} is in the export; the other direction's settings were taken as off.`,
        );
      b.edges.push({
        id: b.idFor(`peering-${hub.label}-${spoke.label}`, 'peering'),
        kind: 'vnetPeering',
        source: hub.id,
        target: spoke.id,
        props: {
          allowGatewayTransit: hubSide?.transit ?? false,
          useRemoteGateways: spokeSide?.remoteGateways ?? false,
        },
      });
    }
  }
}

/** The NVA or firewall a GatewaySubnet's route table sends traffic to, if one is in the design. */
export function udrNextHop(
  b: Build,
  tableKey: string | undefined,
  applianceAt: ReadonlyMap<string, string>,
  gateway: string,
): string | undefined {
  const table = tableKey ? b.byKey.get(tableKey) : undefined;
  if (!table) return undefined;
  for (const route of listAt(table.properties.routes)) {
    const fields = objectAt(objectAt(route).properties ?? route);
    if (textAt(fields.nextHopType).toLowerCase() !== 'virtualappliance') continue;
    const ip = textAt(fields.nextHopIpAddress);
    const appliance = applianceAt.get(ip);
    if (appliance) return appliance;
    b.report.assumed.push(
      `${gateway}: the GatewaySubnet routes to ${ip}, which is no firewall or NVA in the export; the route was left out.`,
    );
  }
  return undefined;
}

/** Route tables: those on a GatewaySubnet were read for the gateway's UDR; the others are not needed. */
export function noteRouteTables(b: Build, { routeTableOfSubnet }: Network): void {
  const onGatewaySubnets = new Set(
    [...routeTableOfSubnet].filter(([subnet]) => subnet.endsWith('/subnets/gatewaysubnet')).map(([, table]) => table),
  );
  for (const table of b.of(TYPES.routeTable)) {
    if (onGatewaySubnets.has(table.key)) b.note(table.type, 'route table on a GatewaySubnet');
    else b.ignore(table, 'a route table on no GatewaySubnet: FastPath does not depend on it');
  }
}
