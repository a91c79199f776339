import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
import { duplicateSelection } from './duplicate-selection.ts';
import { fragmentContext, fragmentOf, fragmentText } from './fragment.ts';
import { paste } from './paste.ts';
import { estate, nodeOf, select, state } from '../testing/fixtures.ts';

function roundTrip(nodeIds: string[]) {
  const fragment = fragmentOf(estate(), select(nodeIds));
  if (!fragment) throw new Error('empty fragment');
  // Through the clipboard text and the one load pipeline, as a paste from another tab would.
  const loaded = loadDesign(fragmentText(fragment));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const context = fragmentContext(loaded.design);
  if (!context) throw new Error('no clipboard mark');
  return { design: loaded.design, context };
}

describe('copy and paste', () => {
  it('copies a VNet with its contents and the edges between them', () => {
    const fragment = roundTrip(['hub', 'site']);
    expect(fragment.design.nodes.map((n) => n.id).sort()).toEqual(['fw', 'gw', 'hub', 'site', 'vm']);
    expect(fragment.design.edges).toEqual([]);
    expect([...fragment.context]).toEqual([]);
  });

  it('pastes with fresh ids, shifted, and selects what was pasted', () => {
    const outcome = paste.run(state(), { fragment: roundTrip(['hub']), offset: { x: 30, y: 30 } });
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    const added = outcome.design.nodes.slice(estate().nodes.length);
    expect(added.map((n) => n.kind).sort()).toEqual(['gateway', 'nva', 'vm', 'vnet']);
    const vnet = added.find((n) => n.kind === 'vnet');
    expect(vnet?.position).toEqual({ x: 30, y: 30 });
    const gateway = added.find((n) => n.kind === 'gateway');
    const nva = added.find((n) => n.kind === 'nva');
    // The copied gateway routes to the copied NVA, not to the original one.
    expect(gateway).toMatchObject({ parentId: vnet?.id, props: { udrNextHopId: nva?.id } });
    expect(outcome.selection).toEqual({ nodeIds: [vnet?.id], edgeIds: [] });
    expect(loadDesign(outcome.design).ok).toBe(true);
  });

  it('pastes a VM without its VNet back into that VNet, or into the one asked for', () => {
    const fragment = roundTrip(['vm']);
    expect([...fragment.context]).toEqual(['hub']);
    const same = paste.run(state(), { fragment, offset: { x: 30, y: 30 } });
    if (same.status !== 'changed') throw new Error(same.status);
    expect(same.design.nodes.at(-1)).toMatchObject({ kind: 'vm', parentId: 'hub', props: { ip: '10.0.1.4' } });
    const elsewhere = paste.run(state(), { fragment, offset: { x: 0, y: 0 }, targetVnetId: 'spoke' });
    expect(elsewhere.status === 'changed' && elsewhere.design.nodes.at(-1)?.parentId).toBe('spoke');
  });

  it('refuses a VM when its VNet is not in the design, and a second gateway', () => {
    const vmOnly = roundTrip(['vm']);
    const withoutHub = {
      ...estate(),
      nodes: estate().nodes.filter((n) => n.id !== 'hub' && n.parentId !== 'hub'),
      edges: [],
    };
    expect(paste.run(state(withoutHub), { fragment: vmOnly, offset: { x: 0, y: 0 } })).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/Select a VNet/),
    });
    expect(paste.run(state(), { fragment: roundTrip(['gw']), offset: { x: 0, y: 0 } })).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/one per VNet/),
    });
  });

  it('keeps edges whose ends are both pasted, with fresh ends', () => {
    const outcome = paste.run(state(), { fragment: roundTrip(['site', 'vm2', 'spoke']), offset: { x: 10, y: 10 } });
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    const flows = outcome.design.edges.filter((e) => e.kind === 'flow');
    expect(flows).toHaveLength(2);
    const copy = flows[1];
    expect(copy?.id).not.toBe('f1');
    expect(nodeOf(outcome.design, copy?.source ?? '').kind).toBe('onPremises');
    expect(copy?.source).not.toBe('site');
  });

  it('numbers the copies so their names stay apart', () => {
    const once = duplicateSelection.run(state(estate(), select(['vm'])), undefined);
    if (once.status !== 'changed') throw new Error(once.status);
    const copy = once.design.nodes.at(-1);
    expect(copy?.label).toBe('vm (2)');
    const twice = duplicateSelection.run(state(once.design, select([copy?.id ?? ''])), undefined);
    expect(twice.status === 'changed' && twice.design.nodes.at(-1)?.label).toBe('vm (3)');
  });

  it('duplicates the selection in place', () => {
    const outcome = duplicateSelection.run(state(estate(), select(['vm'])), undefined);
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(outcome.design.nodes.at(-1)).toMatchObject({ kind: 'vm', parentId: 'hub' });
    expect(outcome.design.nodes).toHaveLength(estate().nodes.length + 1);
    expect(duplicateSelection.run(state(), undefined)).toEqual({ status: 'unchanged' });
  });
});
