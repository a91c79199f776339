import { describe, expect, it } from 'vitest';
import { DesignDraft } from '../testing/design-builder.ts';
import type { NodeKind } from '../schema/kinds.ts';
import { canPlace, inferEdge, joinChoices, type ConnectMode } from './grammar.ts';

// A small estate with one of everything: two VNets (one with a gateway), a site and a circuit.
const design = new DesignDraft()
  .node('site', 'onPremises')
  .node('er', 'circuit')
  .node('er2', 'circuit')
  .node('hub', 'vnet')
  .node('spoke', 'vnet')
  .node('gw', 'gateway', {}, 'hub')
  .node('vm', 'vm', {}, 'hub')
  .node('vm2', 'vm', {}, 'spoke')
  .node('lb', 'loadBalancer', {}, 'spoke')
  .node('fw', 'nva', {}, 'hub')
  .edge('link', 'circuitLink', 'site', 'er')
  .edge('conn', 'connection', 'gw', 'er')
  .edge('peer', 'vnetPeering', 'hub', 'spoke')
  .build();

const node = (id: string) => design.nodes.find((n) => n.id === id);

describe('canPlace: the containment grammar', () => {
  const cases: { kind: NodeKind; parent?: string; moving?: string; ok: boolean; reason?: RegExp }[] = [
    { kind: 'vnet', ok: true },
    { kind: 'onPremises', ok: true },
    { kind: 'circuit', ok: true },
    { kind: 'vnet', parent: 'hub', ok: false, reason: /VNet cannot sit inside another VNet/ },
    { kind: 'circuit', parent: 'hub', ok: false, reason: /place it on the open canvas/ },
    { kind: 'onPremises', parent: 'spoke', ok: false, reason: /on-premises site sits outside/ },
    ...(['vm', 'loadBalancer', 'privateEndpoint', 'dnsResolver', 'nva', 'gateway'] as const).map((kind) => ({
      kind,
      ok: false,
      reason: /must be inside a VNet/,
    })),
    { kind: 'vm', parent: 'hub', ok: true },
    { kind: 'nva', parent: 'spoke', ok: true },
    { kind: 'vm', parent: 'site', ok: false, reason: /not inside an on-premises site/ },
    { kind: 'gateway', parent: 'spoke', ok: true },
    {
      kind: 'gateway',
      parent: 'hub',
      ok: false,
      reason: /already has the ExpressRoute gateway gw; Azure allows one per VNet/,
    },
    { kind: 'gateway', parent: 'hub', moving: 'gw', ok: true },
  ];
  it.each(cases)('$kind in $parent (moving $moving): $ok', ({ kind, parent, moving, ok, reason }) => {
    const result = canPlace(design, kind, parent ? node(parent) : undefined, moving);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toMatch(reason ?? /./);
  });
});

describe('inferEdge: the edge a pair implies', () => {
  const cases: { from: string; to: string; mode?: ConnectMode; edge?: [string, string, string]; reason?: RegExp }[] = [
    { from: 'site', to: 'er2', edge: ['circuitLink', 'site', 'er2'] },
    { from: 'er2', to: 'site', edge: ['circuitLink', 'site', 'er2'] },
    { from: 'er2', to: 'gw', edge: ['connection', 'gw', 'er2'] },
    { from: 'spoke', to: 'hub', reason: /already peered/ },
    { from: 'spoke', to: 'gw', reason: /already peered/ },
    { from: 'hub', to: 'vm', reason: /Only a peering joins a VNet/ },
    { from: 'site', to: 'er', reason: /already linked/ },
    { from: 'gw', to: 'er', reason: /already has a connection/ },
    { from: 'site', to: 'vm', edge: ['flow', 'site', 'vm'] },
    { from: 'vm2', to: 'site', edge: ['flow', 'vm2', 'site'] },
    { from: 'lb', to: 'fw', edge: ['flow', 'lb', 'fw'] },
    { from: 'site', to: 'vm', mode: 'flow', edge: ['flow', 'site', 'vm'] },
    { from: 'site', to: 'er2', mode: 'flow', reason: /circuit cannot be a flow's end/ },
    { from: 'gw', to: 'vm', mode: 'flow', reason: /gateway cannot be a flow's end/ },
    { from: 'hub', to: 'er2', reason: /through its ExpressRoute gateway/ },
    { from: 'er', to: 'er2', reason: /Circuits are not joined/ },
    { from: 'gw', to: 'hub', reason: /belongs to the VNet/ },
    { from: 'site', to: 'gw', reason: /through a circuit/ },
    { from: 'gw', to: 'vm', reason: /never starts or ends/ },
    { from: 'vm', to: 'spoke', reason: /Only a peering joins a VNet/ },
    { from: 'vm', to: 'er', reason: /A VM does not connect to a circuit/ },
    { from: 'vm', to: 'vm', reason: /two different ends/ },
    { from: 'vm', to: 'ghost', reason: /Both ends/ },
  ];
  it.each(cases)('$from → $to ($mode)', ({ from, to, mode, edge, reason }) => {
    const result = inferEdge(design, from, to, mode);
    if (edge) {
      expect(result).toEqual({ ok: true, edge: { kind: edge[0], source: edge[1], target: edge[2] } });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason ?? /./);
    }
  });

  it('makes the VNet dragged from the hub of a new peering', () => {
    const twoVnets = new DesignDraft().node('a', 'vnet').node('b', 'vnet').build();
    expect(inferEdge(twoVnets, 'b', 'a')).toEqual({
      ok: true,
      edge: { kind: 'vnetPeering', source: 'b', target: 'a' },
    });
  });

  it('peers with the VNet of the resource a VNet is dropped on', () => {
    const twoVnets = new DesignDraft().node('a', 'vnet').node('b', 'vnet').node('vm', 'vm', {}, 'b').build();
    expect(inferEdge(twoVnets, 'a', 'vm')).toEqual({
      ok: true,
      edge: { kind: 'vnetPeering', source: 'a', target: 'b' },
    });
  });
});

describe('joinChoices: every node a node can be joined to, as inferEdge decides pair by pair', () => {
  // The inspector's list before joinChoices: inferEdge against every other node, keeping the edges
  // that involve that node, structural ones in auto mode and flows in flow mode, none drawn already.
  function reference(d: typeof design, fromId: string, mode: ConnectMode) {
    return d.nodes
      .filter((other) => other.id !== fromId)
      .flatMap((other) => {
        const inferred = inferEdge(d, fromId, other.id, mode);
        if (!inferred.ok) return [];
        const isFlow = inferred.edge.kind === 'flow';
        const involvesOther = inferred.edge.source === other.id || inferred.edge.target === other.id;
        if ((mode === 'auto' && isFlow) || !involvesOther) return [];
        if (isFlow && d.edges.some((e) => e.kind === 'flow' && e.source === fromId && e.target === other.id)) return [];
        return [{ to: other.id, edge: inferred.edge }];
      });
  }

  const withFlows = new DesignDraft()
    .node('site', 'onPremises')
    .node('er', 'circuit')
    .node('hub', 'vnet')
    .node('spoke', 'vnet')
    .node('spoke2', 'vnet')
    .node('gw', 'gateway', {}, 'hub')
    .node('vm', 'vm', {}, 'hub')
    .node('vm2', 'vm', {}, 'spoke')
    .node('pe', 'privateEndpoint', {}, 'spoke2')
    .node('dns', 'dnsResolver', {}, 'hub')
    .edge('link', 'circuitLink', 'site', 'er')
    .edge('peer', 'vnetPeering', 'spoke', 'hub')
    .edge('f1', 'flow', 'site', 'vm')
    .edge('f2', 'flow', 'vm2', 'site')
    .build();

  for (const [name, d] of [
    ['the small estate', design],
    ['an estate with flows and a peering drawn spoke to hub', withFlows],
  ] as const) {
    for (const mode of ['auto', 'flow'] as const) {
      it(`agrees with inferEdge for every node of ${name}, ${mode} mode`, () => {
        for (const from of d.nodes) {
          const got = joinChoices(d, from.id, mode).map((c) => ({ to: c.to.id, edge: c.edge }));
          expect(got, `from ${from.id}`).toEqual(reference(d, from.id, mode));
        }
      });
    }
  }

  it('offers nothing from a node that is not in the design', () => {
    expect(joinChoices(design, 'gone', 'auto')).toEqual([]);
  });
});
