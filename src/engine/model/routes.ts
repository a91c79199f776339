import { normaliseRegion } from './topology.ts';
import type { Circuit, Connection, Endpoint, Flow, Gateway, Peering, Site, Topology, Vnet } from './topology.ts';
import { localRegionsMissing } from './peering-locations.ts';

// Path resolution (RULES.md Part A): which way a flow enters or leaves Azure, before any
// FastPath rule is applied. Rules turn the problems found here into findings.

/** Where traffic from the circuit enters a VNet: a gateway's connection, directly or by transit. */
export type Entry = { connection: Connection; gateway: Gateway; hub: Vnet; circuit: Circuit; transit?: Peering };

export const ROUTE_PROBLEMS = [
  'no-private-peering',
  'microsoft-only',
  'no-gateway',
  'no-connection',
  'transit-off',
  'transit-direction',
  'no-route-to-site',
  'same-gateway',
  'no-shared-circuit',
  'onprem-to-onprem',
  'local-out-of-region',
] as const;
export type RouteProblemCode = (typeof ROUTE_PROBLEMS)[number];
/** `circuit`: for `microsoft-only`, the circuit that would deliver the traffic had it private peering. */
export type RouteProblem = { code: RouteProblemCode; subject: string; circuit?: string };

export type Route =
  | { kind: 'inbound'; site: Site; dest: Endpoint; destVnet: Vnet; entry: Entry; alternates: Entry[] }
  | { kind: 'outbound'; source: Endpoint; site: Site; entry: Entry }
  | { kind: 'inAzure'; source: Endpoint; dest: Endpoint; peering?: Peering }
  | { kind: 'viaEdge'; source: Endpoint; dest: Endpoint; destVnet: Vnet; entry: Entry; alternates: Entry[] }
  | { kind: 'none'; problem: RouteProblem };

/** Chosen entry first: direct attachment, then higher routing weight, then lower connection id. */
export function compareEntries(a: Entry, b: Entry): number {
  const attached = Number(a.transit !== undefined) - Number(b.transit !== undefined);
  if (attached !== 0) return attached;
  const weight = b.connection.props.routingWeight - a.connection.props.routingWeight;
  if (weight !== 0) return weight;
  return a.connection.id < b.connection.id ? -1 : a.connection.id > b.connection.id ? 1 : 0;
}

/** Every way traffic arriving on one of `circuits` can be delivered into `vnet`. */
export function entriesInto(topo: Topology, vnet: Vnet, circuits?: ReadonlySet<string>): Entry[] {
  const entries: Entry[] = [];
  const add = (gateway: Gateway, hub: Vnet, transit?: Peering) => {
    for (const connection of topo.connectionsFrom(gateway.id)) {
      if (circuits && !circuits.has(connection.target)) continue;
      const circuit = topo.circuitOf(connection);
      if (outOfLocalRegion(circuit, hub)) continue;
      entries.push({ connection, gateway, hub, circuit, ...(transit ? { transit } : {}) });
    }
  };
  const own = topo.gatewayIn(vnet.id);
  if (own) add(own, vnet);
  for (const peering of topo.transitPeerings(vnet.id)) {
    const hub = topo.node(peering.source, 'vnet');
    const gateway = topo.gatewayIn(peering.source);
    if (hub && gateway) add(gateway, hub, peering);
  }
  return entries.sort(compareEntries);
}

function privateCircuits(topo: Topology, site: Site): Set<string> {
  return new Set(
    topo
      .linksFrom(site.id)
      .filter((l) => l.props.peering === 'private')
      .map((l) => l.target),
  );
}

/**
 * The local regions a Local circuit's connection to a gateway in `hub` is outside of, if it is:
 * Azure connects a Local circuit only to gateways in its peering location's local regions
 * (RULES.md 3.5), so such a connection carries nothing.
 */
export function outOfLocalRegion(circuit: Circuit, hub: Vnet): readonly string[] | undefined {
  if (circuit.props.sku !== 'Local') return undefined;
  return localRegionsMissing(circuit.props.peeringLocation ?? '', normaliseRegion(hub.props.region ?? ''));
}

/** Why nothing delivers traffic from `circuits` into `vnet`: the first missing piece, named. */
function missingEntry(topo: Topology, vnet: Vnet, circuits: ReadonlySet<string>): RouteProblem {
  const refused = refusedLocalConnection(topo, vnet, circuits);
  if (refused) return { code: 'local-out-of-region', subject: refused.id };
  for (const peering of topo.peeringsOf(vnet.id)) {
    const other = peering.source === vnet.id ? peering.target : peering.source;
    const gateway = topo.gatewayIn(other);
    if (!gateway || !topo.connectionsFrom(gateway.id).some((c) => circuits.has(c.target))) continue;
    return { code: peering.source === vnet.id ? 'transit-direction' : 'transit-off', subject: peering.id };
  }
  const own = topo.gatewayIn(vnet.id);
  if (own) return { code: 'no-connection', subject: own.id };
  // A spoke whose hub (reached by gateway transit) has a gateway lacks that gateway's connection.
  const [hubTransit] = topo.transitPeerings(vnet.id);
  const hubGateway = hubTransit ? topo.gatewayIn(hubTransit.source) : undefined;
  if (hubGateway) return { code: 'no-connection', subject: hubGateway.id };
  return { code: 'no-gateway', subject: vnet.id };
}

/** A connection into `vnet` (its own gateway's or its hub's) from a Local circuit outside its region. */
function refusedLocalConnection(topo: Topology, vnet: Vnet, circuits: ReadonlySet<string>): Connection | undefined {
  const hubs = [vnet, ...topo.transitPeerings(vnet.id).map((p) => topo.node(p.source, 'vnet'))];
  for (const hub of hubs) {
    const gateway = hub && topo.gatewayIn(hub.id);
    if (!hub || !gateway) continue;
    for (const connection of topo.connectionsFrom(gateway.id)) {
      if (circuits.has(connection.target) && outOfLocalRegion(topo.circuitOf(connection), hub)) return connection;
    }
  }
  return undefined;
}

/** How traffic from `site` enters `vnet`: the chosen entry and the others, or why there is none. */
function inboundWay(
  topo: Topology,
  site: Site,
  vnet: Vnet,
): { entry: Entry; alternates: Entry[] } | { problem: RouteProblem } {
  const circuits = privateCircuits(topo, site);
  if (circuits.size === 0) {
    const microsoft = topo.linksFrom(site.id).length > 0;
    return { problem: { code: microsoft ? 'microsoft-only' : 'no-private-peering', subject: site.id } };
  }
  const [entry, ...alternates] = entriesInto(topo, vnet, circuits);
  if (!entry) return { problem: microsoftOnlyInto(topo, site, vnet, circuits) ?? missingEntry(topo, vnet, circuits) };
  return { entry, alternates };
}

/**
 * When no private peering of the site leads into `vnet` but a circuit the site reaches only over
 * Microsoft peering does (RULES.md A.1, 3.6): the missing piece is that circuit's private peering,
 * not a connection the VNet already has. Diagnosed per circuit, not per site.
 */
function microsoftOnlyInto(
  topo: Topology,
  site: Site,
  vnet: Vnet,
  privateCircuits: ReadonlySet<string>,
): RouteProblem | undefined {
  const others = new Set(topo.linksFrom(site.id).map((link) => link.target));
  for (const circuit of privateCircuits) others.delete(circuit);
  if (others.size === 0) return undefined;
  const [entry] = entriesInto(topo, vnet, others);
  return entry ? { code: 'microsoft-only', subject: site.id, circuit: entry.circuit.id } : undefined;
}

export function resolveRoute(topo: Topology, flow: Flow): Route {
  const source = topo.nodes.get(flow.source) as Endpoint;
  const dest = topo.nodes.get(flow.target) as Endpoint;

  if (source.kind === 'onPremises' && dest.kind === 'onPremises') {
    return { kind: 'none', problem: { code: 'onprem-to-onprem', subject: flow.id } };
  }

  if (source.kind === 'onPremises') {
    const destVnet = topo.vnetOf(dest) as Vnet;
    // The same for every flow from this site into this VNet: thousands of flows share a few pairs.
    const way = topo.memo('inbound', source, destVnet, () => inboundWay(topo, source, destVnet));
    if ('problem' in way) return { kind: 'none', problem: way.problem };
    return { kind: 'inbound', site: source, dest, destVnet, entry: way.entry, alternates: way.alternates };
  }

  const sourceVnet = topo.vnetOf(source) as Vnet;
  if (dest.kind === 'onPremises') {
    const circuits = privateCircuits(topo, dest);
    const [entry] = entriesInto(topo, sourceVnet, circuits);
    if (!entry) return { kind: 'none', problem: { code: 'no-route-to-site', subject: sourceVnet.id } };
    return { kind: 'outbound', source, site: dest, entry };
  }

  const destVnet = topo.vnetOf(dest) as Vnet;
  if (sourceVnet.id === destVnet.id) return { kind: 'inAzure', source, dest };
  const peering = topo.peeringBetween(sourceVnet.id, destVnet.id);
  if (peering) return { kind: 'inAzure', source, dest, peering };

  // Not peered: the traffic can only turn at the circuit's edge routers, and only when the two
  // VNets reach that circuit through different gateways (a gateway doesn't reflect routes).
  const outbound = entriesInto(topo, sourceVnet);
  const outboundGateways = new Map<string, Set<string>>();
  for (const e of outbound) {
    const set = outboundGateways.get(e.circuit.id) ?? new Set<string>();
    set.add(e.gateway.id);
    outboundGateways.set(e.circuit.id, set);
  }
  const inbound = entriesInto(topo, destVnet, new Set(outboundGateways.keys()));
  const usable = inbound.filter((e) => [...(outboundGateways.get(e.circuit.id) ?? [])].some((g) => g !== e.gateway.id));
  const [entry, ...alternates] = usable;
  if (!entry) {
    return inbound.length > 0
      ? { kind: 'none', problem: { code: 'same-gateway', subject: inbound[0]!.gateway.id } }
      : { kind: 'none', problem: { code: 'no-shared-circuit', subject: destVnet.id } };
  }
  return { kind: 'viaEdge', source, dest, destVnet, entry, alternates };
}
