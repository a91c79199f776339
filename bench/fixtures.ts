// Designs and timing shared by the benchmarks.
import { performance } from 'node:perf_hooks';

/** A hub with a firewall and gateway on a Direct circuit, `spokes` peered spokes of VMs and PEs, and flows. */
export function hubAndSpokes(spokes: number, vmsPerVnet: number, flowsWanted: number): Record<string, unknown> {
  const nodes: Record<string, unknown>[] = [
    { id: 'site', kind: 'onPremises', label: 'HQ', props: { prefixes: ['10.0.0.0/8'] } },
    { id: 'er', kind: 'circuit', label: 'ER', props: { circuitType: 'direct', bandwidthMbps: 100000, sku: 'Premium' } },
    { id: 'hub', kind: 'vnet', label: 'Hub', props: { region: 'westeurope', addressSpace: ['10.255.0.0/16'] } },
    { id: 'gw', kind: 'gateway', label: 'GW', parentId: 'hub', props: { sku: 'ErGw3AZ', udrNextHopId: 'fw' } },
    { id: 'fw', kind: 'nva', label: 'Firewall', parentId: 'hub', props: { product: 'azureFirewall' } },
  ];
  const edges: Record<string, unknown>[] = [
    { id: 'link', kind: 'circuitLink', source: 'site', target: 'er' },
    {
      id: 'conn',
      kind: 'connection',
      source: 'gw',
      target: 'er',
      props: { fastPath: true, privateLinkFastPath: true },
    },
  ];
  const endpoints: string[] = [];
  for (let s = 0; s < spokes; s++) {
    nodes.push({
      id: `s${s}`,
      kind: 'vnet',
      label: `Spoke ${s}`,
      props: { region: s % 5 === 0 ? 'northeurope' : 'westeurope' },
    });
    edges.push({ id: `p${s}`, kind: 'vnetPeering', source: 'hub', target: `s${s}` });
    for (let v = 0; v < vmsPerVnet; v++) {
      const kind = v % 4 === 3 ? 'privateEndpoint' : 'vm';
      nodes.push({
        id: `s${s}v${v}`,
        kind,
        label: `VM ${s}.${v}`,
        parentId: `s${s}`,
        props: kind === 'vm' ? { instances: 20 } : { service: 'Storage' },
      });
      endpoints.push(`s${s}v${v}`);
    }
  }
  for (let f = 0; f < flowsWanted && endpoints.length > 1; f++) {
    const a = endpoints[f % endpoints.length] as string;
    const b = endpoints[(f * 7 + 3) % endpoints.length] as string;
    edges.push({
      id: `f${f}`,
      kind: 'flow',
      source: f % 3 === 0 ? a : 'site',
      target: a === b ? 'site' : b,
      props: {},
    });
  }
  return { format: 'fastpath-design', version: 1, title: 'bench', nodes, edges };
}

export function median(fn: () => void, runs: number, warmUp = 0): number {
  // Untimed runs first, when asked: a worker evaluates again and again, so its steady state is
  // what counts, not the first runs the JIT has not compiled yet.
  for (let i = 0; i < warmUp; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * `vnets` VNets peered with every other one (a full mesh, n·(n−1)/2 peerings), laid out on a grid,
 * each with a VM; a site and circuit into the first VNet's gateway and a flow per tenth VNet.
 * The largest design the format allows in edges, and the one that froze the tab before.
 */
export function peeringMesh(vnets: number): Record<string, unknown> {
  const columns = Math.ceil(Math.sqrt(vnets));
  const nodes: Record<string, unknown>[] = [
    { id: 'site', kind: 'onPremises', label: 'HQ', position: { x: -400, y: 0 }, props: { prefixes: ['10.0.0.0/8'] } },
    {
      id: 'er',
      kind: 'circuit',
      label: 'ER',
      position: { x: -400, y: 200 },
      props: { circuitType: 'direct', bandwidthMbps: 100000, sku: 'Premium' },
    },
  ];
  const edges: Record<string, unknown>[] = [{ id: 'link', kind: 'circuitLink', source: 'site', target: 'er' }];
  for (let v = 0; v < vnets; v++) {
    nodes.push({
      id: `v${v}`,
      kind: 'vnet',
      label: `VNet ${v}`,
      position: { x: (v % columns) * 360, y: Math.floor(v / columns) * 300 },
      props: {
        region: v % 3 === 0 ? 'northeurope' : 'westeurope',
        addressSpace: [`10.${Math.floor(v / 250) + 1}.${v % 250}.0/24`],
      },
    });
    nodes.push({
      id: `v${v}vm`,
      kind: 'vm',
      label: `VM ${v}`,
      parentId: `v${v}`,
      position: { x: 30, y: 60 },
      props: {},
    });
  }
  nodes.push({
    id: 'gw',
    kind: 'gateway',
    label: 'GW',
    parentId: 'v0',
    position: { x: 160, y: 60 },
    props: { sku: 'ErGw3AZ' },
  });
  edges.push({ id: 'conn', kind: 'connection', source: 'gw', target: 'er', props: { fastPath: true } });
  for (let a = 0; a < vnets; a++) {
    for (let b = a + 1; b < vnets; b++)
      edges.push({ id: `p${a}-${b}`, kind: 'vnetPeering', source: `v${a}`, target: `v${b}` });
  }
  for (let v = 0; v < vnets; v += 10)
    edges.push({ id: `f${v}`, kind: 'flow', source: 'site', target: `v${v}vm`, props: {} });
  return { format: 'fastpath-design', version: 1, title: `${vnets}-VNet peering mesh`, nodes, edges };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same numbers in [0, 1) everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type EstateSize = { vnets: number; vmsPerVnet: number; flows: number; seed: number };

/** The sizes the drag bench opens: `smoke` for CI, `1k` by default, `5k` with --full. */
export const ESTATE_SIZES = {
  smoke: { vnets: 20, vmsPerVnet: 4, flows: 100, seed: 1 },
  '1k': { vnets: 200, vmsPerVnet: 4, flows: 1_000, seed: 1 },
  '5k': { vnets: 1_000, vmsPerVnet: 4, flows: 10_000, seed: 1 },
} as const satisfies Record<string, EstateSize>;

/** Where the hub-and-spoke estate's shared parts are: the bench edits `ESTATE_CONNECTION` (many flows cross it). */
export const ESTATE_CONNECTION = 'conn-h0-c0';

const SITES = 3;
const CIRCUITS = 2;
const HUBS = 2;
/** A top-level cell of the grid: a VNet (272 wide with its children at x 30) and the gaps around it. */
const CELL_WIDTH = 340;
const CELL_GAP_Y = 80;

/**
 * A hub-and-spoke estate with every node placed (so the canvas does not lay it out): three
 * on-premises sites on two circuits, two hub VNets each with an ER gateway (connected to both
 * circuits) and a firewall, and `vnets − 2` spokes peered to a hub, each with `vmsPerVnet` VMs and
 * private endpoints (about one in five). Flows join sites and endpoints (both ways) and endpoints
 * in different spokes, picked by a PRNG from `seed`. Spokes are laid out in rows about as wide as
 * a laptop's canvas is tall; the sites, circuits and hubs sit in a band across the middle, so the
 * connections are on screen when a large estate is fitted at the canvas's smallest zoom.
 * Nodes: 3 + 2 + 2·3 + (vnets − 2)·(1 + vmsPerVnet); edges: 3 links, 4 connections, vnets − 2
 * peerings and `flows` flows.
 */
export function largeEstate({ vnets, vmsPerVnet, flows, seed }: EstateSize): Record<string, unknown> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const spokes = Math.max(1, vnets - HUBS);
  const children = Math.max(1, vmsPerVnet);
  const vnetHeight = 60 + 100 * (children - 1) + 58 + 30;
  const cellHeight = vnetHeight + CELL_GAP_Y;
  // Columns so the grid is about 1.2 times as wide as tall, as the canvas is on a 1600 × 1000 window.
  const columns = Math.max(4, Math.ceil(Math.sqrt((spokes * cellHeight * 1.2) / CELL_WIDTH)));
  const rows = Math.ceil(spokes / columns);
  const bandRow = Math.floor(rows / 2);
  const bandHeight = 560;
  const centreX = (columns * CELL_WIDTH) / 2;

  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const sites: string[] = [];
  const endpoints: { id: string; vnet: string }[] = [];
  const bandY = bandRow * cellHeight;

  // The band: sites, then circuits below them, left of centre; the hubs right of centre.
  for (let c = 0; c < CIRCUITS; c++) {
    nodes.push({
      id: `c${c}`,
      kind: 'circuit',
      label: `ER circuit ${c + 1}`,
      position: { x: centreX - 1000 + c * 400, y: bandY + 240 },
      props: { circuitType: 'direct', bandwidthMbps: 10_000, sku: 'Premium', peeringLocation: 'Amsterdam' },
    });
  }
  for (let s = 0; s < SITES; s++) {
    const id = `site${s}`;
    sites.push(id);
    nodes.push({
      id,
      kind: 'onPremises',
      label: `Site ${s + 1}`,
      position: { x: centreX - 1200 + s * 300, y: bandY + 40 },
      props: { prefixes: [`172.${16 + s}.0.0/16`] },
    });
    edges.push({
      id: `link-${s}`,
      kind: 'circuitLink',
      source: id,
      target: `c${s % CIRCUITS}`,
      props: { peering: 'private' },
    });
  }
  for (let h = 0; h < HUBS; h++) {
    const hub = `hub${h}`;
    nodes.push({
      id: hub,
      kind: 'vnet',
      label: `Hub ${h + 1}`,
      position: { x: centreX + 200 + h * 400, y: bandY + 40 },
      props: { region: h === 0 ? 'westeurope' : 'northeurope', addressSpace: [`10.${250 + h}.0.0/16`] },
    });
    nodes.push({
      id: `${hub}-gw`,
      kind: 'gateway',
      label: `ER gateway ${h + 1}`,
      parentId: hub,
      position: { x: 30, y: 60 },
      props: { sku: 'ErGw3AZ' },
    });
    nodes.push({
      id: `${hub}-fw`,
      kind: 'nva',
      label: `Firewall ${h + 1}`,
      parentId: hub,
      position: { x: 30, y: 160 },
      props: { product: 'azureFirewall', ip: `10.${250 + h}.1.4` },
    });
    for (let c = 0; c < CIRCUITS; c++) {
      edges.push({
        id: `conn-h${h}-c${c}`,
        kind: 'connection',
        source: `${hub}-gw`,
        target: `c${c}`,
        props: { fastPath: h === 0 || c === 0, privateLinkFastPath: h === 0 },
      });
    }
  }

  for (let s = 0; s < spokes; s++) {
    const id = `spoke${s}`;
    const row = Math.floor(s / columns);
    const hub = `hub${s % HUBS}`;
    nodes.push({
      id,
      kind: 'vnet',
      label: `Spoke ${s + 1}`,
      position: {
        x: (s % columns) * CELL_WIDTH,
        y: row * cellHeight + (row >= bandRow ? bandHeight : 0),
      },
      props: {
        region: s % HUBS === 0 ? 'westeurope' : 'northeurope',
        addressSpace: [`10.${Math.floor(s / 250)}.${s % 250}.0/24`],
      },
    });
    edges.push({
      id: `peer-${s}`,
      kind: 'vnetPeering',
      source: hub,
      target: id,
      props: { allowGatewayTransit: true, useRemoteGateways: true },
    });
    for (let v = 0; v < children; v++) {
      const child = `${id}-${v}`;
      const endpoint = random() < 0.2;
      nodes.push({
        id: child,
        kind: endpoint ? 'privateEndpoint' : 'vm',
        label: endpoint ? `PE ${s + 1}.${v + 1}` : `VM ${s + 1}.${v + 1}`,
        parentId: id,
        position: { x: 30, y: 60 + 100 * v },
        props: endpoint
          ? { service: pick(['Storage', 'SQL', 'KeyVault', 'CosmosDB'] as const), ip: '' }
          : { instances: 1 + Math.floor(random() * 4) },
      });
      endpoints.push({ id: child, vnet: id });
    }
  }

  for (let f = 0; f < flows; f++) {
    const roll = random();
    let source: string;
    let target: string;
    if (roll < 0.55) {
      source = pick(sites);
      target = pick(endpoints).id;
    } else if (roll < 0.7) {
      source = pick(endpoints).id;
      target = pick(sites);
    } else {
      const from = pick(endpoints);
      let to = pick(endpoints);
      for (let tries = 0; to.vnet === from.vnet && tries < 10; tries++) to = pick(endpoints);
      source = from.id;
      target = to.id;
    }
    edges.push({ id: `flow-${f}`, kind: 'flow', source, target, props: {} });
  }
  return {
    format: 'fastpath-design',
    version: 1,
    title: `Estate: ${nodes.length.toLocaleString('en')} nodes, ${flows.toLocaleString('en')} flows`,
    nodes,
    edges,
  };
}

const ESTATE_REGIONS = ['westeurope', 'northeurope', 'uksouth', 'francecentral', 'swedencentral'] as const;

/**
 * A deployed estate as Resource Graph returns it (the `az graph query -o json` wrapper) for the
 * estate import bench: `vnets` VNets, one hub per 50 with an ErGw3AZ gateway connected to one of
 * two circuits (ExpressRoute Direct and provider), the rest spokes peered both ways to a hub of their region, each spoke
 * with one VM's network interface and, one in four, a private endpoint. Spread over five regions;
 * names and addresses from `seed`. Rows: a port, 2 circuits + vnets + 2·hubs (gateway, connection) +
 * spoke interfaces + private endpoints.
 */
export function estateExport(vnets: number, seed: number): Record<string, unknown> {
  const random = mulberry32(seed);
  const sub = '/subscriptions/00000000-0000-4000-8000-00000000b00c';
  const group = (name: string) => `${sub}/resourceGroups/${name}/providers`;
  const hubs = Math.max(1, Math.ceil(vnets / 50));
  const rows: Record<string, unknown>[] = [];
  const row = (id: string, type: string, location: string, properties: Record<string, unknown>, sku?: unknown) =>
    rows.push({ id, name: id.split('/').pop(), type, location, sku: sku ?? null, properties });
  const circuits = [0, 1].map((c) => `${group('rg-connectivity')}/Microsoft.Network/expressRouteCircuits/erc-${c}`);
  const port = `${group('rg-connectivity')}/Microsoft.Network/expressRoutePorts/erport-ams`;
  row(port, 'microsoft.network/expressrouteports', 'westeurope', {
    peeringLocation: 'Equinix-Amsterdam-AM5',
    bandwidthInGbps: 10,
  });
  const privatePeering = [{ name: 'AzurePrivatePeering', properties: { peeringType: 'AzurePrivatePeering' } }];
  // One ExpressRoute Direct circuit and one provider circuit.
  row(
    circuits[0] ?? '',
    'microsoft.network/expressroutecircuits',
    'westeurope',
    { expressRoutePort: { id: port }, bandwidthInGbps: 10, peerings: privatePeering },
    { name: 'Premium_MeteredData', tier: 'Premium', family: 'MeteredData' },
  );
  row(
    circuits[1] ?? '',
    'microsoft.network/expressroutecircuits',
    'northeurope',
    {
      serviceProviderProperties: { serviceProviderName: 'Equinix', peeringLocation: 'Dublin', bandwidthInMbps: 1000 },
      peerings: privatePeering,
    },
    { name: 'Standard_MeteredData', tier: 'Standard', family: 'MeteredData' },
  );
  const vnetId = (i: number) =>
    `${group(i < hubs ? 'rg-connectivity' : `rg-spoke-${i % 20}`)}/Microsoft.Network/virtualNetworks/vnet-${i < hubs ? 'hub' : 'spoke'}-${i}`;
  const regionOf = (i: number) => ESTATE_REGIONS[i % ESTATE_REGIONS.length] ?? 'westeurope';
  const hubOf = (i: number) =>
    (i % Math.min(hubs, ESTATE_REGIONS.length)) +
    Math.floor(random() * Math.max(1, hubs / ESTATE_REGIONS.length)) * ESTATE_REGIONS.length;
  const peeringsOf = new Map<number, Record<string, unknown>[]>();
  const peer = (from: number, to: number, hubSide: boolean) => {
    const list = peeringsOf.get(from) ?? [];
    list.push({
      name: `peer-${from}-${to}`,
      id: `${vnetId(from)}/virtualNetworkPeerings/peer-${from}-${to}`,
      properties: {
        remoteVirtualNetwork: { id: vnetId(to) },
        allowGatewayTransit: hubSide,
        useRemoteGateways: !hubSide,
        allowForwardedTraffic: true,
      },
    });
    peeringsOf.set(from, list);
  };
  const hubIndex = new Map<number, number>();
  for (let i = hubs; i < vnets; i++) {
    const hub = Math.min(hubs - 1, hubOf(i));
    hubIndex.set(i, hub);
    peer(hub, i, true);
    peer(i, hub, false);
  }
  for (let i = 0; i < vnets; i++) {
    const id = vnetId(i);
    const octet = (n: number) => `10.${Math.floor(n / 256)}.${n % 256}`;
    const subnets =
      i < hubs
        ? [
            {
              name: 'GatewaySubnet',
              id: `${id}/subnets/GatewaySubnet`,
              properties: { addressPrefix: `${octet(i)}.0/27` },
            },
          ]
        : [{ name: 'snet-app', id: `${id}/subnets/snet-app`, properties: { addressPrefix: `${octet(i)}.0/25` } }];
    row(id, 'microsoft.network/virtualnetworks', regionOf(hubIndex.get(i) ?? i), {
      addressSpace: { addressPrefixes: [`${octet(i)}.0/24`] },
      subnets,
      virtualNetworkPeerings: peeringsOf.get(i) ?? [],
    });
    if (i < hubs) {
      const gateway = `${group('rg-connectivity')}/Microsoft.Network/virtualNetworkGateways/ergw-${i}`;
      row(gateway, 'microsoft.network/virtualnetworkgateways', regionOf(i), {
        gatewayType: 'ExpressRoute',
        sku: { name: 'ErGw3AZ', tier: 'ErGw3AZ' },
        ipConfigurations: [{ name: 'default', properties: { subnet: { id: `${id}/subnets/GatewaySubnet` } } }],
      });
      row(
        `${group('rg-connectivity')}/Microsoft.Network/connections/cn-${i}`,
        'microsoft.network/connections',
        regionOf(i),
        {
          connectionType: 'ExpressRoute',
          virtualNetworkGateway1: { id: gateway },
          peer: { id: circuits[i % 2] },
          expressRouteGatewayBypass: random() < 0.7,
          routingWeight: 0,
        },
      );
    } else {
      const rg = group(`rg-spoke-${i % 20}`);
      row(
        `${rg}/Microsoft.Network/networkInterfaces/nic-vm-${i}`,
        'microsoft.network/networkinterfaces',
        regionOf(hubIndex.get(i) ?? i),
        {
          ipConfigurations: [
            {
              name: 'ipconfig1',
              properties: { privateIPAddress: `${octet(i)}.4`, subnet: { id: `${id}/subnets/snet-app` } },
            },
          ],
          virtualMachine: {
            id: `${sub}/resourceGroups/rg-spoke-${i % 20}/providers/Microsoft.Compute/virtualMachines/vm-${i}`,
          },
        },
      );
      if (random() < 0.25)
        row(
          `${rg}/Microsoft.Network/privateEndpoints/pe-${i}`,
          'microsoft.network/privateendpoints',
          regionOf(hubIndex.get(i) ?? i),
          {
            subnet: { id: `${id}/subnets/snet-app` },
            privateLinkServiceConnections: [
              {
                name: 'blob',
                properties: {
                  privateLinkServiceId: `${sub}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/st${i}`,
                  groupIds: ['blob'],
                },
              },
            ],
            customDnsConfigs: [{ fqdn: `st${i}.blob.core.windows.net`, ipAddresses: [`${octet(i)}.5`] }],
          },
        );
    }
  }
  return { count: rows.length, data: rows, skip_token: null, total_records: rows.length };
}
