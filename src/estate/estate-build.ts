import { isIp } from '../engine/index.ts';
import type { AzureResource } from './azure-resource.ts';

// What the parts of the estate importer share while they build one design (estate-design.ts): the
// resources by type and by id, the nodes and edges made so far, unique readable ids, and the report
// of what each resource became, what was left out and why, and what was assumed.

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

export type EstateNode = {
  id: string;
  kind: string;
  label: string;
  parentId?: string;
  props: Record<string, unknown>;
  azureId?: string;
};

export type EstateEdge = {
  id: string;
  kind: string;
  source: string;
  target: string;
  label?: string;
  props: Record<string, unknown>;
  azureId?: string;
};

/** What a resource can become, one and many, for the report's counts. */
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

export type Became = keyof typeof PLURALS;

export type Build = {
  report: EstateReport;
  byKey: ReadonlyMap<string, AzureResource>;
  byType: ReadonlyMap<string, readonly AzureResource[]>;
  /** The resources of one (lower-cased) type. */
  of(type: string): readonly AzureResource[];
  /**
   * The child resources of one type (an ARM export's separate subnets and peerings) under a parent
   * id, in the shape of the parent's inline children.
   */
  childrenOf(type: string, parentKey: string): Record<string, unknown>[];
  nodes: EstateNode[];
  edges: EstateEdge[];
  /** A readable id from a name, unique in the design. */
  idFor(name: string, fallback: string): string;
  ignore(resource: AzureResource, reason: string): void;
  /** Records what a resource of `type` became, for the report. */
  note(type: string, what: Became): void;
  /** The report's rows: each type read, how many, and what they became. */
  readRows(): EstateReport['read'];
};

export function startBuild(resources: readonly AzureResource[], warnings: readonly string[]): Build {
  const report: EstateReport = { read: [], ignored: [], assumed: [], warnings: [...warnings], secretsDropped: 0 };
  const byType = new Map<string, AzureResource[]>();
  const byKey = new Map<string, AzureResource>();
  for (const resource of resources) {
    byKey.set(resource.key, resource);
    const list = byType.get(resource.type) ?? [];
    list.push(resource);
    byType.set(resource.type, list);
  }
  // Children grouped by parent once: looking them up per parent stays linear at estate size.
  const children = new Map<string, Map<string, Record<string, unknown>[]>>();
  const taken = new Set<string>();
  const became = new Map<string, Became[]>();
  return {
    report,
    byKey,
    byType,
    of: (type) => byType.get(type) ?? [],
    childrenOf(type, parentKey) {
      let byParent = children.get(type);
      if (!byParent) {
        byParent = new Map();
        for (const child of byType.get(type) ?? []) {
          const parent = child.key.split('/').slice(0, -2).join('/');
          const list = byParent.get(parent) ?? [];
          list.push({ id: child.id, name: child.name, properties: child.properties });
          byParent.set(parent, list);
        }
        children.set(type, byParent);
      }
      return byParent.get(parentKey) ?? [];
    },
    nodes: [],
    edges: [],
    idFor(name, fallback) {
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
    },
    ignore: (resource, reason) => report.ignored.push({ name: resource.name, type: resource.type, reason }),
    note: (type, what) => became.set(type, [...(became.get(type) ?? []), what]),
    readRows: () =>
      [...byType]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([type, list]) => ({ type, count: list.length, became: summary(became.get(type) ?? []) })),
  };
}

/** "6 VNets", "4 interfaces of VMs, 1 part of a private endpoint". */
function summary(what: readonly Became[]): string {
  const counts = new Map<Became, number>();
  for (const item of what) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, count]) => `${count} ${count === 1 ? item : PLURALS[item]}`).join(', ');
}

/** An address the design can hold, or '' (a node drawn without one). */
export const validIp = (ip: string) => (isIp(ip) ? ip : '');
