import { describe, expect, it } from 'vitest';
import { loadDesign, type ConnectMode } from '../../engine/index.ts';
import { addNode } from './add-node.ts';
import { connect } from './connect.ts';
import { state } from '../testing/fixtures.ts';

describe('connect', () => {
  const cases: { from: string; to: string; mode?: ConnectMode; kind?: string; props?: object; reason?: RegExp }[] = [
    { from: 'vm', to: 'vm2', kind: 'flow', props: { ipVersion: 4 } },
    { from: 'site', to: 'fw', mode: 'flow', kind: 'flow' },
    { from: 'spoke', to: 'empty', kind: 'vnetPeering', props: { allowGatewayTransit: true, useRemoteGateways: true } },
    { from: 'gw', to: 'er', reason: /already has a connection/ },
    { from: 'hub', to: 'er', reason: /through its ExpressRoute gateway/ },
    { from: 'site', to: 'er', mode: 'flow', reason: /cannot be a flow's end/ },
    // The estate's flow f1 already goes from the site to vm2.
    { from: 'site', to: 'vm2', mode: 'flow', reason: /^Flow #1 already goes from site to vm2: select it/ },
  ];
  it.each(cases)('$from → $to ($mode)', ({ from, to, mode = 'auto', kind, props, reason }) => {
    const outcome = connect.run(state(), { from, to, mode });
    if (reason) {
      expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringMatching(reason) });
      return;
    }
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    const edge = outcome.design.edges.at(-1);
    expect(edge).toMatchObject({ kind, source: from, target: to, ...(props ? { props } : {}) });
    expect(outcome.selection).toEqual({ nodeIds: [], edgeIds: [edge?.id] });
    expect(loadDesign(outcome.design).ok).toBe(true);
  });

  it('connects a new gateway to a circuit with FastPath off, as Azure creates it', () => {
    const added = addNode.run(state(), { kind: 'gateway', parentId: 'spoke', position: { x: 30, y: 60 } });
    if (added.status !== 'changed') throw new Error(added.status);
    const gatewayId = added.design.nodes.at(-1)?.id ?? '';
    const outcome = connect.run(state(added.design), { from: 'er', to: gatewayId, mode: 'auto' });
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(outcome.design.edges.at(-1)).toMatchObject({
      kind: 'connection',
      source: gatewayId,
      target: 'er',
      props: { fastPath: false, privateLinkFastPath: false, routingWeight: 0 },
    });
  });
});
