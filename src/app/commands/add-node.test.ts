import { describe, expect, it } from 'vitest';
import { loadDesign, type NodeKind } from '../../engine/index.ts';
import { addNode } from './add-node.ts';
import { estate, nodeOf, state } from '../testing/fixtures.ts';

describe('add-node', () => {
  const cases: { kind: NodeKind; parentId?: string; ok: boolean; reason?: RegExp }[] = [
    { kind: 'vnet', ok: true },
    { kind: 'onPremises', ok: true },
    { kind: 'circuit', ok: true },
    { kind: 'vm', parentId: 'spoke', ok: true },
    { kind: 'gateway', parentId: 'spoke', ok: true },
    { kind: 'vm', ok: false, reason: /must be inside a VNet/ },
    { kind: 'gateway', parentId: 'hub', ok: false, reason: /one per VNet/ },
    { kind: 'vnet', parentId: 'hub', ok: false, reason: /VNet cannot sit inside another VNet/ },
    { kind: 'vm', parentId: 'er', ok: false, reason: /not inside an ExpressRoute circuit/ },
    { kind: 'vm', parentId: 'gone', ok: false, reason: /no longer in the design/ },
  ];

  it.each(cases)('$kind in $parentId', ({ kind, parentId, ok, reason }) => {
    const before = estate();
    const outcome = addNode.run(state(before), { kind, parentId, position: { x: 40.4, y: 80.6 } });
    if (!ok) {
      expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringMatching(reason ?? /./) });
      return;
    }
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    const added = outcome.design.nodes.at(-1);
    expect(added).toMatchObject({ kind, position: { x: 40, y: 81 } });
    expect(added?.parentId).toBe(parentId);
    expect(outcome.selection).toEqual({ nodeIds: [added?.id], edgeIds: [] });
    // The document stays loadable, and the original is untouched.
    expect(loadDesign(outcome.design).ok).toBe(true);
    expect(before.nodes).toHaveLength(estate().nodes.length);
  });

  it('gives fresh ids, the kind defaults and numbered labels', () => {
    const first = addNode.run(state(), { kind: 'vm', parentId: 'spoke', position: { x: 0, y: 0 } });
    if (first.status !== 'changed') throw new Error(first.status);
    const second = addNode.run(state(first.design), { kind: 'vm', parentId: 'spoke', position: { x: 0, y: 0 } });
    if (second.status !== 'changed') throw new Error(second.status);
    const [a, b] = second.design.nodes.slice(-2);
    expect(a?.id).not.toBe(b?.id);
    expect([a?.label, b?.label]).toEqual(['VM 3', 'VM 4']);
    expect(a?.props).toEqual({ ip: '', instances: 1 });
    // Children never sit over the VNet's title.
    expect(a?.position).toEqual({ x: 12, y: 52 });
    expect(nodeOf(second.design, 'vm').id).toBe('vm');
  });
});
