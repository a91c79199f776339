import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import { parseCidr, parseIp, prefixContains, prefixesOverlap, type Prefix } from '../model/ip.ts';
import { entriesInto } from '../model/routes.ts';
import { capitalise, listOf } from '../model/names.ts';
import type { Endpoint, Site, Topology, Vnet } from '../model/topology.ts';

// Overlapping address ranges between networks that are joined. Azure refuses to peer VNets whose
// address spaces overlap. Over a circuit it takes the design, but a VNet keeps traffic for its own
// address space inside itself, even when a more specific route comes from the gateway, so the
// overlap cannot be reached across the join. No verdict changes: the spec says nothing about how
// such traffic is routed, so flows whose two ends overlap get a warning, never a decisive finding.

type Range = { text: string; prefix: Prefix };
type Pair = readonly [Range, Range];

const MAX_PAIRS_SHOWN = 4;
const MAX_VNETS_SHOWN = 3;

// A design's address lists are never changed in place, so each list's ranges are parsed once,
// not once for every flow that reaches its network.
const parsed = new WeakMap<readonly string[], Range[]>();

function rangesOf(texts: readonly string[]): Range[] {
  let ranges = parsed.get(texts);
  if (!ranges) {
    ranges = texts.flatMap((text) => {
      const prefix = parseCidr(text);
      return prefix ? [{ text, prefix }] : [];
    });
    parsed.set(texts, ranges);
  }
  return ranges;
}

const netRanges = (net: Site | Vnet) =>
  rangesOf(net.kind === 'onPremises' ? net.props.prefixes : net.props.addressSpace);

// Thousands of flows join the same few pairs of networks: their overlaps are worked out once per
// pair of address lists (which, like the lists, never change in place) and side on-premises.
type Side = 'source' | 'dest' | 'neither';
const pairsOf: Record<Side, WeakMap<readonly Range[], WeakMap<readonly Range[], Pair[]>>> = {
  source: new WeakMap(),
  dest: new WeakMap(),
  neither: new WeakMap(),
};

/** Where a flow's two networks overlap; an on-premises summary over the VNet's range is not a conflict (see the design check). */
function netOverlaps(sourceNet: Site | Vnet, destNet: Site | Vnet): Pair[] {
  const from = netRanges(sourceNet);
  const to = netRanges(destNet);
  const onPremises: Side =
    sourceNet.kind === 'onPremises' ? 'source' : destNet.kind === 'onPremises' ? 'dest' : 'neither';
  let byDest = pairsOf[onPremises].get(from);
  if (!byDest) pairsOf[onPremises].set(from, (byDest = new WeakMap()));
  let pairs = byDest.get(to);
  if (!pairs) {
    pairs = overlaps(from, to, ([s, d]) =>
      onPremises === 'source'
        ? !summarises(s.prefix, d.prefix)
        : onPremises === 'dest'
          ? !summarises(d.prefix, s.prefix)
          : true,
    );
    byDest.set(to, pairs);
  }
  return pairs;
}

/** `outer` holds all of `inner` and more: an on-premises summary over a VNet's range. */
function summarises(outer: Prefix, inner: Prefix): boolean {
  return (
    outer.family === inner.family &&
    outer.length < inner.length &&
    outer.first <= inner.first &&
    inner.last <= outer.last
  );
}

/** Every overlapping pair, `a`'s range first; `keep` can drop pairs that are not a problem. */
function overlaps(a: readonly Range[], b: readonly Range[], keep: (pair: Pair) => boolean = () => true): Pair[] {
  return a
    .flatMap((ra) => b.filter((rb) => prefixesOverlap(ra.prefix, rb.prefix)).map((rb) => [ra, rb] as const))
    .filter(keep);
}

/** "10.1.0.0/16 with 10.1.128.0/17, 10.2.0.0/16 in both", at most a few and a count of the rest. */
function pairsText(pairs: readonly Pair[]): string {
  const shown = pairs
    .slice(0, MAX_PAIRS_SHOWN)
    .map(([a, b]) => (a.text === b.text ? `${a.text} in both` : `${a.text} with ${b.text}`));
  const more = pairs.length - shown.length;
  return listOf(more > 0 ? [...shown, `${more} more`] : shown);
}

const firstsOf = (pairs: readonly Pair[]) => listOf([...new Set(pairs.map(([a]) => a.text))]);
const secondsOf = (pairs: readonly Pair[]) => listOf([...new Set(pairs.map(([, b]) => b.text))]);

/** The circuits a VNet reaches: its own gateway's connections, or its hub's by gateway transit. */
function circuitsOf(topo: Topology, vnet: Vnet): Set<string> {
  return new Set(entriesInto(topo, vnet).map((e) => e.circuit.id));
}

/** The circuits a site reaches with private peering. */
function siteCircuits(topo: Topology, siteId: string): Set<string> {
  return new Set(
    topo
      .linksFrom(siteId)
      .filter((l) => l.props.peering === 'private')
      .map((l) => l.target),
  );
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((id) => b.has(id)).sort();

type Mates = {
  later: Vnet;
  /** The earlier VNets it overlaps, in design order. */
  earlier: Vnet[];
  /** Every circuit it shares with one of them. */
  via: string[];
  /** Its own ranges that overlap one of them. */
  own: Set<string>;
};

/**
 * VNets that reach a common circuit, are not peered to each other, and overlap, grouped by the
 * later VNet of each pair in the design's order. A sweep over each circuit's ranges in address
 * order finds them; only indices are kept per pair, so a VNet copied many times stays cheap.
 */
function circuitMates(
  topo: Topology,
  vnets: readonly Vnet[],
  reach: ReadonlyMap<string, ReadonlySet<string>>,
  spaces: ReadonlyMap<string, readonly Range[]>,
): Mates[] {
  const order = new Map(vnets.map((v, i) => [v.id, i]));
  const byCircuit = new Map<string, Vnet[]>();
  for (const vnet of vnets) {
    if ((spaces.get(vnet.id) ?? []).length === 0) continue;
    for (const circuit of reach.get(vnet.id) ?? []) push(byCircuit, circuit, vnet);
  }
  const found = new Map<number, { earlier: Set<number>; via: Set<string>; own: Set<string> }>();
  for (const [circuit, members] of byCircuit) {
    const items = members
      .flatMap((vnet) => (spaces.get(vnet.id) ?? []).map((range) => ({ range, index: order.get(vnet.id) ?? 0 })))
      .sort((x, y) => byAddress(x.range, y.range));
    let active: typeof items = [];
    for (const item of items) {
      active = active.filter((x) => prefixesOverlap(x.range.prefix, item.range.prefix));
      for (const other of active) {
        if (other.index === item.index) continue;
        const [earlier, later] = other.index < item.index ? [other, item] : [item, other];
        let entry = found.get(later.index);
        if (!entry?.earlier.has(earlier.index)) {
          if (topo.peeringBetween(vnets[earlier.index]!.id, vnets[later.index]!.id)) continue;
          if (!entry) found.set(later.index, (entry = { earlier: new Set(), via: new Set(), own: new Set() }));
          entry.earlier.add(earlier.index);
        }
        entry.via.add(circuit);
        entry.own.add(later.range.text);
      }
      active.push(item);
    }
  }
  return [...found].map(([later, entry]) => ({
    later: vnets[later]!,
    earlier: [...entry.earlier].sort((x, y) => x - y).map((i) => vnets[i]!),
    via: [...entry.via].sort(),
    own: entry.own,
  }));
}

/** Ranges in address order (family first). */
function byAddress(a: Range, b: Range): number {
  if (a.prefix.family !== b.prefix.family) return a.prefix.family - b.prefix.family;
  if (a.prefix.first !== b.prefix.first) return a.prefix.first < b.prefix.first ? -1 : 1;
  return a.prefix.length - b.prefix.length;
}

function addressOf(node: Endpoint): string {
  if (node.kind === 'onPremises') return '';
  return node.kind === 'loadBalancer' ? node.props.frontendIp : node.props.ip;
}

export default defineRule({
  id: 'address-space-overlap',
  description:
    'Joined networks must not overlap: peered VNets cannot, and VNets or sites on the same circuit ' +
    'cannot reach each other in the overlap',
  sources: [DOCS.vnetPeering, DOCS.vnetRouting],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkDesign(ctx) {
    const { topo } = ctx;
    const vnets = topo.nodesOf('vnet');
    const spaces = new Map(vnets.map((v) => [v.id, rangesOf(v.props.addressSpace)]));
    const circuits = (names: readonly string[]) => listOf(names.map((id) => topo.name(id)));

    // Peered VNets: Azure refuses the peering.
    for (const peering of topo.edgesOf('vnetPeering')) {
      const pairs = overlaps(spaces.get(peering.source) ?? [], spaces.get(peering.target) ?? []);
      if (pairs.length === 0) continue;
      const [a, b] = [topo.name(peering.source), topo.name(peering.target)];
      ctx.report({
        subject: peering.id,
        severity: 'error',
        message:
          `${capitalise(a)} and ${b} have overlapping address spaces (${pairsText(pairs)}); ` +
          `Azure does not peer VNets whose address spaces overlap, so ${topo.name(peering.id)} cannot be created.`,
        remediation:
          `Change the address space of ${b} (${secondsOf(pairs)}) to ranges that ${a} does not use, ` +
          'then create the peering.',
        source: DOCS.vnetPeering,
      });
    }

    // VNets on the same circuit (not peered with each other: that is the error above).
    const reach = new Map(vnets.map((v) => [v.id, circuitsOf(topo, v)]));
    // One finding per VNet, on the later of each overlapping pair, naming the earlier ones: a VNet
    // copied ten times gives nine findings, not forty-five.
    for (const { later, earlier, via, own } of circuitMates(topo, vnets, reach, spaces)) {
      const name = topo.name(later.id);
      const mine = spaces.get(later.id) ?? [];
      const shown = earlier
        .slice(0, MAX_VNETS_SHOWN)
        .map((other) => `${topo.name(other.id)} (${pairsText(overlaps(mine, spaces.get(other.id) ?? []))})`);
      const more = earlier.length - shown.length;
      const others = listOf(more > 0 ? [...shown, `${more} more VNet${more === 1 ? '' : 's'}`] : shown);
      const ranges = listOf(mine.filter((r) => own.has(r.text)).map((r) => r.text));
      ctx.report({
        subject: later.id,
        severity: 'warning',
        confidence: 'inference',
        message:
          `${capitalise(name)} overlaps ${others}, and ${earlier.length > 1 ? 'all' : 'both'} reach ${circuits(via)}. ` +
          'The circuit learns each overlapping range from more than one VNet, so traffic to it from ' +
          'on-premises may reach any of them, and each VNet keeps traffic for its own address space inside ' +
          "itself, so none reaches another's addresses in the overlap.",
        remediation: `Give ${name} an address space that no other VNet on ${circuits(via)} uses (now ${ranges}).`,
        source: DOCS.vnetRouting,
      });
    }

    // A VNet and an on-premises site that reaches it over a circuit. A site prefix that only
    // summarises a VNet's range (10.0.0.0/8 over 10.1.0.0/16) is the usual design and works: the
    // VNet's own, more specific range wins on both sides.
    for (const site of topo.nodesOf('onPremises')) {
      const prefixes = rangesOf(site.props.prefixes);
      if (prefixes.length === 0) continue;
      const siteReach = siteCircuits(topo, site.id);
      for (const vnet of vnets) {
        const via = shared(siteReach, reach.get(vnet.id) ?? new Set());
        if (via.length === 0) continue;
        const pairs = overlaps(spaces.get(vnet.id) ?? [], prefixes, ([v, p]) => !summarises(p.prefix, v.prefix));
        if (pairs.length === 0) continue;
        ctx.report({
          subject: vnet.id,
          severity: 'warning',
          message:
            `${capitalise(topo.name(vnet.id))} overlaps the prefixes of ${topo.name(site.id)}, which reaches it ` +
            `through ${circuits(via)} (${pairsText(pairs)}). A VNet keeps traffic for its own address space ` +
            'inside itself, even when a more specific route comes from on-premises, so it cannot reach ' +
            'on-premises addresses in the overlap.',
          remediation:
            `Move ${topo.name(vnet.id)} to an address space outside ${secondsOf(pairs)} ` +
            `(it now uses ${firstsOf(pairs)}), or stop using that range on-premises.`,
          source: DOCS.vnetRouting,
        });
      }
    }
  },
  annotate(ctx) {
    const { topo, flow } = ctx;
    // A flow with no route has its finding already; the overlap adds nothing it could break.
    if (ctx.route.kind === 'none') return;
    const source = topo.nodes.get(flow.source) as Endpoint;
    const dest = topo.nodes.get(flow.target) as Endpoint;
    const sourceNet = source.kind === 'onPremises' ? source : topo.vnetOf(source);
    const destNet = dest.kind === 'onPremises' ? dest : topo.vnetOf(dest);
    if (!sourceNet || !destNet || sourceNet.id === destNet.id) return;
    if (source.kind === 'onPremises' && dest.kind === 'onPremises') return;
    let pairs = netOverlaps(sourceNet, destNet);
    const address = parseIp(addressOf(dest));
    if (address)
      pairs = pairs.filter(([s, d]) => prefixContains(s.prefix, address) && prefixContains(d.prefix, address));
    if (pairs.length === 0) return;
    const from = topo.name(sourceNet.id);
    const to = topo.name(destNet.id);
    ctx.report({
      subject: flow.id,
      severity: 'warning',
      confidence: 'inference',
      message:
        (address
          ? `The destination address ${addressOf(dest)} lies in a range that ${from} also holds (${pairsText(pairs)}): `
          : `${capitalise(from)} and ${to} overlap (${pairsText(pairs)}): `) +
        `traffic from ${topo.name(source.id)} to ${address ? 'it' : 'addresses in the overlap'} may never leave ` +
        `${from}, so this verdict assumes a route that the overlap can break.`,
      remediation: `Give ${from} and ${to} address ranges that do not overlap.`,
      source: DOCS.vnetRouting,
    });
  },
});
