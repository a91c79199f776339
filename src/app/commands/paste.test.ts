import { describe, expect, it } from 'vitest';
import { loadDesign, type Design, type Review } from '../../engine/index.ts';
import { duplicateSelection } from './duplicate-selection.ts';
import { CLIPBOARD_FIELD, fragmentContext, fragmentOf, fragmentText } from './fragment.ts';
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

describe('copy and paste: no review comes along', () => {
  const AT = '2026-11-30T10:00:00.000Z';
  const decided = (flowId: string) => ({ flowId, status: 'accepted' as const, text: 'Fine', at: AT });
  const reviewed = (review: Review): Design => ({ ...estate(), review });

  it('copies no decision or agenda entry', () => {
    const fragment = fragmentOf(reviewed({ agenda: ['f1'], decisions: [decided('f1')] }), select(['site', 'spoke']));
    if (!fragment) throw new Error('empty fragment');
    expect(fragment.design.edges.map((e) => e.id)).toEqual(['f1']);
    expect(fragment.design).not.toHaveProperty('review');
    expect(fragmentText(fragment)).not.toContain('"review"');
  });

  it.each([
    [
      'a paste',
      (design: Design) =>
        paste.run(state(design), { fragment: roundTrip(['site', 'vm2', 'spoke']), offset: { x: 10, y: 10 } }),
    ],
    ['a duplicate', (design: Design) => duplicateSelection.run(state(design, select(['site', 'spoke'])), undefined)],
  ])('gives the flows of %s no decision and leaves the design’s review as it was', (_name, run) => {
    const before = reviewed({ agenda: ['f1'], decisions: [decided('f1')] });
    const outcome = run(before);
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    const copies = outcome.design.edges.filter((e) => e.kind === 'flow' && e.id !== 'f1');
    expect(copies).toHaveLength(1);
    expect(outcome.design.review).toBe(before.review);
    const loaded = loadDesign(JSON.stringify(outcome.design));
    expect(loaded.ok && loaded.warnings).toEqual([]);
  });

  it('pastes the flows of a whole design without its review, whatever ids they had', () => {
    const other = { ...reviewed({ decisions: [decided('f1')] }), [CLIPBOARD_FIELD]: { context: [] } };
    const loaded = loadDesign(JSON.stringify(other));
    if (!loaded.ok) throw new Error('refused');
    const fragment = { design: loaded.design, context: new Set<string>() };
    const outcome = paste.run(state(), { fragment, offset: { x: 0, y: 0 } });
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    expect(outcome.design).not.toHaveProperty('review');
  });

  it('never gives a new flow the id of a decision an older copy of the app left behind', () => {
    // Opened from storage, so not loaded again: the decision names a flow that is gone.
    const stale = reviewed({ decisions: [decided('flow-1')] });
    const outcome = duplicateSelection.run(state(stale, select(['site', 'spoke'])), undefined);
    if (outcome.status !== 'changed') throw new Error(outcome.status);
    const copy = outcome.design.edges.find((e) => e.kind === 'flow' && e.id !== 'f1');
    expect(copy?.id).toBe('flow-2');
  });
});
