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

export function median(fn: () => void, runs: number): number {
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
