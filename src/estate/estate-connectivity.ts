import {
  flagAt,
  idAt,
  lastSegment,
  listAt,
  numberAt,
  objectAt,
  textAt,
  TYPES,
  type AzureResource,
} from './azure-resource.ts';
import type { Build } from './estate-build.ts';
import { udrNextHop, type Network } from './estate-network.ts';

// The estate's way in: ExpressRoute gateways (with their SKU, ErGwScale units and the UDR on their
// GatewaySubnet), circuits (Direct ones with their port) and the connections between them, whose
// keys are secrets and are never read.

export type Circuit = { id: string; private: boolean; microsoft: boolean; resource: AzureResource };

const GATEWAY_SKUS: Record<string, string> = {
  standard: 'Standard',
  highperformance: 'HighPerformance',
  ultraperformance: 'UltraPerformance',
  ergw1az: 'ErGw1AZ',
  ergw2az: 'ErGw2AZ',
  ergw3az: 'ErGw3AZ',
  ergwscale: 'ErGwScale',
};

/** ExpressRoute gateways in the VNet of their GatewaySubnet; gateway key → node id. */
export function addGateways(b: Build, network: Network, applianceAt: ReadonlyMap<string, string>): Map<string, string> {
  const gateways = new Map<string, string>();
  for (const gateway of b.of(TYPES.gateway)) {
    const kind = textAt(gateway.properties.gatewayType);
    if (kind.toLowerCase() !== 'expressroute') {
      b.ignore(gateway, `a ${kind || 'non-ExpressRoute'} gateway: only ExpressRoute gateways carry FastPath`);
      continue;
    }
    const subnet = idAt(objectAt(listAt(gateway.properties.ipConfigurations)[0]).properties, 'subnet', 'id');
    const parent = network.inVnet(gateway, subnet, 'GatewaySubnet');
    if (!parent) continue;
    const skuName = textAt(objectAt(gateway.properties.sku).name) || textAt(gateway.sku.name);
    let sku = GATEWAY_SKUS[skuName.toLowerCase()];
    if (!sku) {
      sku = 'Standard';
      b.report.assumed.push(`${gateway.name}: gateway SKU "${skuName}" is not one the rules know; taken as Standard.`);
    }
    const props: Record<string, unknown> = { sku };
    if (sku === 'ErGwScale') {
      const bounds = objectAt(objectAt(gateway.properties.autoScaleConfiguration).bounds);
      const units = numberAt(bounds.min) ?? numberAt(objectAt(gateway.properties.sku).capacity);
      if (units === undefined)
        b.report.assumed.push(
          `${gateway.name}: the export gives no scale units for this ErGwScale gateway (Terraform's azurerm provider does not hold them); taken as 1, the minimum. Set them on the gateway if it has more.`,
        );
      props.scaleUnits = Math.min(40, Math.max(1, Math.round(units ?? 1)));
    }
    const hop = udrNextHop(b, network.routeTableOfSubnet.get(subnet), applianceAt, gateway.name);
    if (hop) props.udrNextHopId = hop;
    const id = b.idFor(gateway.name, 'gateway');
    gateways.set(gateway.key, id);
    b.nodes.push({ id, kind: 'gateway', label: gateway.name, parentId: parent, props, azureId: gateway.id });
    b.note(gateway.type, 'ER gateway');
  }
  return gateways;
}

/** Circuits, with the port of an ExpressRoute Direct one, and which peerings they have; circuit key → circuit. */
export function addCircuits(b: Build): Map<string, Circuit> {
  const circuits = new Map<string, Circuit>();
  for (const circuit of b.of(TYPES.circuit)) {
    const portId = textAt(objectAt(circuit.properties.expressRoutePort).id);
    const port = b.byKey.get(portId.toLowerCase());
    const provider = objectAt(circuit.properties.serviceProviderProperties);
    const direct = portId !== '';
    const mbps = direct
      ? (numberAt(circuit.properties.bandwidthInGbps) ?? numberAt(port?.properties.bandwidthInGbps) ?? 10) * 1000
      : (numberAt(provider.bandwidthInMbps) ?? 1000);
    const tier = textAt(circuit.sku.tier) || textAt(circuit.sku.name).split('_')[0] || 'Standard';
    let sku = ['Local', 'Standard', 'Premium'].find((known) => known.toLowerCase() === tier.toLowerCase());
    if (!sku) {
      sku = 'Standard';
      b.report.assumed.push(`${circuit.name}: circuit SKU tier "${tier}" taken as Standard.`);
    }
    const peerings = [...listAt(circuit.properties.peerings), ...b.childrenOf(TYPES.circuitPeering, circuit.key)].map(
      (peering) =>
        textAt(objectAt(objectAt(peering).properties).peeringType ?? objectAt(peering).peeringType).toLowerCase(),
    );
    const id = b.idFor(circuit.name, 'circuit');
    circuits.set(circuit.key, {
      id,
      private: peerings.includes('azureprivatepeering'),
      microsoft: peerings.includes('microsoftpeering'),
      resource: circuit,
    });
    b.nodes.push({
      id,
      kind: 'circuit',
      label: circuit.name,
      props: {
        circuitType: direct ? 'direct' : 'provider',
        bandwidthMbps: mbps,
        sku,
        peeringLocation: textAt(direct ? port?.properties.peeringLocation : provider.peeringLocation),
        portId: direct ? lastSegment(portId) : '',
      },
      azureId: circuit.id,
    });
    b.note(circuit.type, direct ? 'circuit (ExpressRoute Direct)' : 'circuit (provider)');
  }
  for (const port of b.of(TYPES.port)) b.note(port.type, 'port of a Direct circuit');
  return circuits;
}

/** Connections: a gateway to a circuit, with the FastPath flags. Keys are secrets: counted, never read. */
export function addConnections(
  b: Build,
  gateways: ReadonlyMap<string, string>,
  circuits: ReadonlyMap<string, Circuit>,
): void {
  for (const connection of b.of(TYPES.connection)) {
    for (const secret of ['authorizationKey', 'sharedKey'])
      if (connection.properties[secret] !== undefined) b.report.secretsDropped++;
    const kind = textAt(connection.properties.connectionType);
    if (kind.toLowerCase() !== 'expressroute') {
      b.ignore(connection, `a ${kind || 'non-ExpressRoute'} connection`);
      continue;
    }
    const gateway = gateways.get(idAt(connection.properties, 'virtualNetworkGateway1', 'id'));
    const circuit = circuits.get(idAt(connection.properties, 'peer', 'id'));
    if (!gateway || !circuit) {
      b.ignore(
        connection,
        !gateway ? 'its gateway is not in the export (or was left out)' : 'its circuit is not in the export',
      );
      continue;
    }
    b.edges.push({
      id: b.idFor(connection.name, 'connection'),
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
    b.note(connection.type, 'connection');
  }
}
