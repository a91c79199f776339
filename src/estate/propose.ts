import { objectAt, textAt } from './azure-resource.ts';
import type { EstateEdge as Edge, EstateNode as Node } from './estate-build.ts';
import type { Circuit } from './estate-connectivity.ts';

// What an estate cannot say: its on-premises side. One site is proposed per circuit, named after the
// circuit's provider and peering location and linked over the circuit's private peering (or its
// Microsoft peering when it has only that), and a flow from each site to each workload it can reach:
// the VMs, internal load balancers, private endpoints and DNS resolvers of the VNets whose gateways
// are connected to the circuit and of the VNets peered to them. The architect confirms or trims the
// flows before anything is created.

export type ProposedFlow = {
  id: string;
  source: string;
  target: string;
  /** "On-premises (Equinix, Dublin) → vm-app1-01" */ route: string;
  /** The name of the VNet the endpoint is in: the import dialog groups a large estate's flows by it. */
  vnet: string;
};

const WORKLOADS = new Set(['vm', 'loadBalancer', 'privateEndpoint', 'dnsResolver']);

export function proposeSites(
  nodes: readonly Node[],
  edges: readonly Edge[],
  circuits: readonly Circuit[],
  idFor: (name: string, fallback: string) => string,
): { sites: Node[]; links: Edge[]; flows: ProposedFlow[]; assumed: string[] } {
  const sites: Node[] = [];
  const links: Edge[] = [];
  const flows: ProposedFlow[] = [];
  const assumed: string[] = [];
  const parentOf = new Map(nodes.map((node) => [node.id, node.parentId]));
  const labels = new Map(nodes.map((node) => [node.id, node.label]));
  for (const circuit of circuits) {
    const provider = textAt(objectAt(circuit.resource.properties.serviceProviderProperties).serviceProviderName);
    const location = textAt(
      objectAt(circuit.resource.properties.serviceProviderProperties).peeringLocation ??
        nodes.find((node) => node.id === circuit.id)?.props.peeringLocation,
    );
    const label = `On-premises (${[provider || 'ExpressRoute Direct', location].filter(Boolean).join(', ')})`;
    const site = idFor(`site-${circuit.resource.name}`, 'site');
    sites.push({ id: site, kind: 'onPremises', label, props: { prefixes: [] } });
    const peering = circuit.private || !circuit.microsoft ? 'private' : 'microsoft';
    links.push({
      id: idFor(`link-${circuit.resource.name}`, 'link'),
      kind: 'circuitLink',
      source: site,
      target: circuit.id,
      props: { peering },
    });
    assumed.push(
      `${label} is proposed for circuit ${circuit.resource.name}, over its ${peering === 'private' ? 'private' : 'Microsoft'} peering${circuit.private || circuit.microsoft ? '' : ' (the export lists no peering: private assumed)'}; its address prefixes are not in the export.`,
    );
    const hubs = new Set(
      edges
        .filter((edge) => edge.kind === 'connection' && edge.target === circuit.id)
        .map((edge) => parentOf.get(edge.source))
        .filter((vnet): vnet is string => vnet !== undefined),
    );
    const served = new Set(hubs);
    for (const edge of edges) {
      if (edge.kind !== 'vnetPeering') continue;
      if (hubs.has(edge.source)) served.add(edge.target);
      if (hubs.has(edge.target)) served.add(edge.source);
    }
    for (const node of nodes) {
      if (!WORKLOADS.has(node.kind) || !served.has(node.parentId ?? '')) continue;
      flows.push({
        id: `flow-${flows.length + 1}`,
        source: site,
        target: node.id,
        route: `${label} → ${labels.get(node.id) ?? node.id}`,
        vnet: labels.get(node.parentId ?? '') ?? node.parentId ?? '',
      });
    }
  }
  return { sites, links, flows, assumed };
}
