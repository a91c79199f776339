import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
import { updateDesign } from './update-design.ts';
import { updateEdge } from './update-edge.ts';
import { updateNode, type NodePatch } from './update-node.ts';
import { estate, nodeOf, state } from '../testing/fixtures.ts';

describe('update-node: inspector edits are validated before they are written', () => {
  const cases: { name: string; patch: NodePatch; props?: object; label?: string; reason?: RegExp }[] = [
    {
      name: 'a gateway SKU',
      patch: { id: 'gw', props: { sku: 'ErGw3AZ' } },
      props: { sku: 'ErGw3AZ', udrNextHopId: 'fw' },
    },
    { name: 'an unknown SKU', patch: { id: 'gw', props: { sku: 'Turbo' } }, reason: /^sku: / },
    { name: 'scale units out of bounds', patch: { id: 'gw', props: { scaleUnits: 41 } }, reason: /^scaleUnits: / },
    { name: 'a route to a VM', patch: { id: 'gw', props: { udrNextHopId: 'vm' } }, reason: /must be an NVA/ },
    {
      name: 'removing the route',
      patch: { id: 'gw', props: { udrNextHopId: undefined } },
      props: { sku: 'Standard', scaleUnits: 1 },
    },
    {
      name: 'a bad CIDR',
      patch: { id: 'hub', props: { addressSpace: ['10.0.0.0/16', '10.300.0.0/16'] } },
      reason: /^addressSpace\.1: expected a CIDR/,
    },
    {
      name: 'good CIDRs',
      patch: { id: 'hub', props: { addressSpace: ['10.0.0.0/16', 'fd00::/48'] } },
      props: { addressSpace: ['10.0.0.0/16', 'fd00::/48'] },
    },
    { name: 'a bad IP', patch: { id: 'vm', props: { ip: '10.0.1' } }, reason: /^ip: expected an IP/ },
    { name: 'a fractional instance count', patch: { id: 'vm', props: { instances: 2.5 } }, reason: /^instances: / },
    { name: 'a label', patch: { id: 'vm', label: 'App VM' }, label: 'App VM' },
    { name: 'a label that is too long', patch: { id: 'vm', label: 'x'.repeat(501) }, reason: /at most 500/ },
    { name: 'a node that is gone', patch: { id: 'nope', label: 'x' }, reason: /no longer in the design/ },
  ];

  it.each(cases)('$name', ({ patch, props, label, reason }) => {
    const before = estate();
    const outcome = updateNode.run(state(before), patch);
    if (reason) {
      expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringMatching(reason) });
      return;
    }
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    const node = nodeOf(outcome.design, patch.id);
    if (props) expect(node.props).toMatchObject(props);
    if (props && !('udrNextHopId' in props) && node.kind === 'gateway')
      expect(node.props).not.toHaveProperty('udrNextHopId');
    if (label) expect(node.label).toBe(label);
    expect(loadDesign(outcome.design).ok).toBe(true);
    expect(nodeOf(before, patch.id)).toEqual(nodeOf(estate(), patch.id));
  });

  it('keys edits by node and field, so typing coalesces into one undo step', () => {
    const a = updateNode.run(state(), { id: 'vm', label: 'A' });
    const b = updateNode.run(state(), { id: 'vm', props: { ip: '10.0.1.5' } });
    expect(a).toMatchObject({ coalesceKey: 'node:vm:label' });
    expect(b).toMatchObject({ coalesceKey: 'node:vm:ip' });
  });

  it('reports no change for the same value', () => {
    expect(updateNode.run(state(), { id: 'vm', props: { ip: '10.0.1.4' } })).toEqual({ status: 'unchanged' });
  });
});

describe('update-edge', () => {
  it.each([
    { patch: { id: 'conn', props: { fastPath: true } }, props: { fastPath: true, privateLinkFastPath: false } },
    { patch: { id: 'f1', props: { expect: 'fastpath' } }, props: { expect: 'fastpath', ipVersion: 4 } },
    { patch: { id: 'f1', props: { ipVersion: 6 } }, props: { ipVersion: 6 } },
    { patch: { id: 'f1', props: { ipVersion: 5 } }, reason: /^ipVersion: / },
    { patch: { id: 'conn', props: { routingWeight: -1 } }, reason: /^routingWeight: / },
    { patch: { id: 'peer', props: { useRemoteGateways: 'yes' } }, reason: /^useRemoteGateways: / },
  ])('$patch.id $patch.props', ({ patch, props, reason }) => {
    const outcome = updateEdge.run(state(), patch);
    if (reason) {
      expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringMatching(reason) });
      return;
    }
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(outcome.design.edges.find((e) => e.id === patch.id)?.props).toMatchObject(props ?? {});
    expect(loadDesign(outcome.design).ok).toBe(true);
  });

  it('removes a flow expectation', () => {
    const set = updateEdge.run(state(), { id: 'f1', props: { expect: 'gateway' } });
    if (set.status !== 'changed') throw new Error(set.status);
    const cleared = updateEdge.run(state(set.design), { id: 'f1', props: { expect: undefined } });
    if (cleared.status !== 'changed') throw new Error(cleared.status);
    expect(cleared.design.edges.find((e) => e.id === 'f1')?.props).toEqual({ ipVersion: 4 });
  });
});

describe('update-design', () => {
  it.each([
    { patch: { title: 'Contoso hub' }, ok: true },
    { patch: { rulesAsOf: '2023-01' as const }, ok: true },
    { patch: { allowPreviews: true }, ok: true },
    { patch: { rulesAsOf: '1999-01' as never }, ok: false },
    { patch: { title: 'x'.repeat(501) }, ok: false },
  ])('$patch', ({ patch, ok }) => {
    const outcome = updateDesign.run(state(), patch);
    expect(outcome.status).toBe(ok ? 'changed' : 'refused');
    if (outcome.status === 'changed') expect(outcome.design).toMatchObject(patch);
  });
});
