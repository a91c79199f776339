import fc from 'fast-check';
import {
  CIRCUIT_SKUS,
  CIRCUIT_TYPES,
  GATEWAY_SKUS,
  LB_SKUS,
  NVA_PRODUCTS,
  PE_SERVICES,
  PEERING_TYPES,
  VERDICTS,
} from '../schema/kinds.ts';
import { PACK_IDS } from '../model/packs.ts';

// Random but valid FORMAT.md documents for property tests: indices are drawn freely and then
// resolved against what exists, skipping combinations the format refuses.

const CHILD_KINDS = ['vm', 'loadBalancer', 'privateEndpoint', 'dnsResolver', 'nva'] as const;

const child = fc.record({
  kind: fc.constantFrom(...CHILD_KINDS),
  instances: fc.integer({ min: 1, max: 40_000 }),
  lbSku: fc.constantFrom(...LB_SKUS),
  service: fc.constantFrom(...PE_SERVICES),
  product: fc.constantFrom(...NVA_PRODUCTS),
});

const shape = fc.record({
  vnets: fc.array(
    fc.record({
      region: fc.constantFrom('westeurope', 'northeurope', 'swedencentral', 'East US', ''),
      gateway: fc.option(
        fc.record({
          sku: fc.constantFrom(...GATEWAY_SKUS),
          scaleUnits: fc.integer({ min: 1, max: 40 }),
          udr: fc.boolean(),
        }),
      ),
      children: fc.array(child, { maxLength: 4 }),
      spaces: fc.array(fc.constantFrom('10.1.0.0/16', '10.2.0.0/16', 'fd00::/48'), { maxLength: 2 }),
    }),
    { maxLength: 5 },
  ),
  sites: fc.integer({ min: 0, max: 3 }),
  // A range apart from the VNets', a summary over them, and one inside a VNet's range (an overlap).
  sitePrefixes: fc.constantFrom(['192.168.0.0/16'], ['10.0.0.0/8'], ['10.1.0.0/24', 'fd00::/64'], []),
  circuits: fc.array(
    fc.record({
      circuitType: fc.constantFrom(...CIRCUIT_TYPES),
      bandwidthMbps: fc.constantFrom(50, 1_000, 10_000, 100_000),
      sku: fc.constantFrom(...CIRCUIT_SKUS),
      portId: fc.constantFrom('', 'p1', 'p2'),
    }),
    { maxLength: 3 },
  ),
  connections: fc.array(
    fc.record({
      g: fc.nat(),
      c: fc.nat(),
      fastPath: fc.boolean(),
      pl: fc.boolean(),
      weight: fc.integer({ min: 0, max: 100 }),
    }),
    { maxLength: 6 },
  ),
  links: fc.array(fc.record({ s: fc.nat(), c: fc.nat(), peering: fc.constantFrom(...PEERING_TYPES) }), {
    maxLength: 4,
  }),
  peerings: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), agt: fc.boolean(), urg: fc.boolean() }), { maxLength: 5 }),
  flows: fc.array(
    fc.record({ s: fc.nat(), t: fc.nat(), v6: fc.boolean(), expect: fc.option(fc.constantFrom(...VERDICTS)) }),
    { maxLength: 8 },
  ),
  pack: fc.constantFrom(...PACK_IDS),
  allowPreviews: fc.boolean(),
});

type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function toDocument(s: Shape): Record<string, unknown> {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const endpoints: string[] = [];
  const gateways: string[] = [];
  const nvas: string[] = [];
  for (let i = 0; i < s.sites; i++) {
    nodes.push({ id: `site${i}`, kind: 'onPremises', label: `Site ${i}`, props: { prefixes: s.sitePrefixes } });
    endpoints.push(`site${i}`);
  }
  s.circuits.forEach((c, i) => nodes.push({ id: `er${i}`, kind: 'circuit', label: `ER ${i}`, props: c }));
  s.vnets.forEach((v, i) => {
    nodes.push({ id: `v${i}`, kind: 'vnet', label: `VNet ${i}`, props: { region: v.region, addressSpace: v.spaces } });
    v.children.forEach((c, j) => {
      const id = `v${i}-${c.kind}${j}`;
      const props =
        c.kind === 'vm'
          ? { ip: '10.1.0.4', instances: c.instances }
          : c.kind === 'loadBalancer'
            ? { sku: c.lbSku, frontendIp: '10.1.0.5' }
            : c.kind === 'privateEndpoint'
              ? { service: c.service, ip: 'fd00::5' }
              : c.kind === 'nva'
                ? { product: c.product, ip: '10.2.0.4' }
                : {};
      nodes.push({ id, kind: c.kind, label: id, parentId: `v${i}`, props });
      endpoints.push(id);
      if (c.kind === 'nva') nvas.push(id);
    });
  });
  s.vnets.forEach((v, i) => {
    if (!v.gateway) return;
    const udr = v.gateway.udr && nvas.length > 0 ? { udrNextHopId: nvas[i % nvas.length] } : {};
    nodes.push({
      id: `gw${i}`,
      kind: 'gateway',
      label: `GW ${i}`,
      parentId: `v${i}`,
      props: { sku: v.gateway.sku, scaleUnits: v.gateway.scaleUnits, ...udr },
    });
    gateways.push(`gw${i}`);
  });
  const seen = new Set<string>();
  const once = (key: string) => (seen.has(key) ? false : (seen.add(key), true));
  s.connections.forEach((c, i) => {
    if (gateways.length === 0 || s.circuits.length === 0) return;
    const g = gateways[c.g % gateways.length];
    const target = `er${c.c % s.circuits.length}`;
    if (once(`conn|${g}|${target}`))
      edges.push({
        id: `conn${i}`,
        kind: 'connection',
        source: g,
        target,
        props: { fastPath: c.fastPath, privateLinkFastPath: c.pl, routingWeight: c.weight },
      });
  });
  s.links.forEach((l, i) => {
    if (s.sites === 0 || s.circuits.length === 0) return;
    const source = `site${l.s % s.sites}`;
    const target = `er${l.c % s.circuits.length}`;
    if (once(`link|${source}|${target}|${l.peering}`))
      edges.push({ id: `link${i}`, kind: 'circuitLink', source, target, props: { peering: l.peering } });
  });
  s.peerings.forEach((p, i) => {
    const n = s.vnets.length;
    if (n < 2) return;
    const a = p.a % n;
    const b = p.b % n;
    if (a === b || !once(`peer|${Math.min(a, b)}|${Math.max(a, b)}`)) return;
    edges.push({
      id: `peer${i}`,
      kind: 'vnetPeering',
      source: `v${a}`,
      target: `v${b}`,
      props: { allowGatewayTransit: p.agt, useRemoteGateways: p.urg },
    });
  });
  s.flows.forEach((f, i) => {
    if (endpoints.length < 2) return;
    const source = endpoints[f.s % endpoints.length];
    const target = endpoints[f.t % endpoints.length];
    if (source === target) return;
    edges.push({
      id: `flow${i}`,
      kind: 'flow',
      source,
      target,
      props: { ipVersion: f.v6 ? 6 : 4, ...(f.expect ? { expect: f.expect } : {}) },
    });
  });
  return {
    format: 'fastpath-design',
    version: 1,
    title: 'generated',
    rulesAsOf: s.pack,
    allowPreviews: s.allowPreviews,
    nodes,
    edges,
  };
}

export const arbitraryDesignDocument: fc.Arbitrary<Record<string, unknown>> = shape.map(toDocument);

// Edits, for the incremental evaluation's property test: a design, then a few versions of it,
// each made from the one before by small changes whose material comes from another random design.
// Both sides of every step are valid documents; ids are positions, so most edits keep them.

const LISTS = ['vnets', 'circuits', 'connections', 'links', 'peerings', 'flows'] as const;
const SCALARS = ['sites', 'sitePrefixes', 'pack', 'allowPreviews'] as const;

const edit = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      list: fc.constantFrom(...LISTS),
      op: fc.constantFrom('tweak', 'replace', 'remove', 'add'),
      i: fc.nat(),
      k: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ scalar: fc.constantFrom(...SCALARS) }) },
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function edited(base: Shape, material: Shape, edits: readonly Edit[]): Shape {
  const next: Record<string, unknown> = { ...base };
  for (const change of edits) {
    if ('scalar' in change) {
      next[change.scalar] = material[change.scalar];
      continue;
    }
    const items = [...(next[change.list] as Record<string, unknown>[])];
    const pool = material[change.list] as Record<string, unknown>[];
    const from = pool.length > 0 ? pool[change.k % pool.length] : undefined;
    if (change.op === 'add' && from) items.push(from);
    else if (items.length === 0) continue;
    else if (change.op === 'remove') items.splice(change.i % items.length, 1);
    else if (change.op === 'replace' && from) items[change.i % items.length] = from;
    else if (change.op === 'tweak' && from) {
      const keys = Object.keys(from);
      const key = keys[change.k % keys.length] as string;
      const at = change.i % items.length;
      items[at] = { ...items[at], [key]: from[key] };
    }
    next[change.list] = items;
  }
  return next as Shape;
}

// Edits of the document itself, which the shape cannot express: a name, a place on the canvas, a
// field the format does not know (kept as it is, whatever its name), the order of the lists, and a
// resource moved to another VNet.
const documentEdit = fc.record({
  what: fc.constantFrom('label', 'position', 'unknown field', 'reorder', 'move'),
  i: fc.nat(),
  k: fc.nat(),
});
type DocumentEdit = typeof documentEdit extends fc.Arbitrary<infer T> ? T : never;
type Item = Record<string, unknown> & { id: string; kind: string; parentId?: string };

function documentEdited(doc: Record<string, unknown>, edits: readonly DocumentEdit[]): Record<string, unknown> {
  let nodes = [...(doc.nodes as Item[])];
  let edges = [...(doc.edges as Item[])];
  for (const { what, i, k } of edits) {
    const all = [...nodes, ...edges];
    const item = all[i % Math.max(1, all.length)];
    if (!item) continue;
    const replace = (next: Item) => {
      nodes = nodes.map((n) => (n.id === item.id ? next : n));
      edges = edges.map((e) => (e.id === item.id ? next : e));
    };
    if (what === 'label') replace({ ...item, label: `Renamed ${k % 3}` });
    else if (what === 'position' && nodes.includes(item)) replace({ ...item, position: { x: k % 900, y: i % 700 } });
    else if (what === 'unknown field')
      // On a node, fields named like an edge's ends: nothing may take it for an edge.
      replace(nodes.includes(item) ? { ...item, source: `arm ${k % 2}`, target: 'x' } : { ...item, note: k });
    else if (what === 'reorder') {
      const turn = <T>(list: T[]) =>
        list.length < 2 ? list : [...list.slice(k % list.length), ...list.slice(0, k % list.length)];
      nodes = turn(nodes);
      edges = turn(edges);
    } else if (what === 'move' && item.parentId !== undefined && item.kind !== 'gateway') {
      const vnets = nodes.filter((n) => n.kind === 'vnet');
      const to = vnets[k % Math.max(1, vnets.length)];
      if (to) replace({ ...item, parentId: to.id });
    }
  }
  return { ...doc, nodes, edges };
}

/** A design document and two to five versions of it, each a small edit of the one before. */
export const arbitraryEditedDocuments: fc.Arbitrary<Record<string, unknown>[]> = fc
  .tuple(
    shape,
    fc.array(fc.tuple(shape, fc.array(edit, { maxLength: 3 }), fc.array(documentEdit, { maxLength: 2 })), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([first, steps]) => {
    const shapes = [first];
    const docs = [toDocument(first)];
    for (const [material, edits, documentEdits] of steps) {
      const next = edited(shapes[shapes.length - 1] as Shape, material, edits);
      shapes.push(next);
      docs.push(documentEdited(toDocument(next), documentEdits));
    }
    return docs;
  });
