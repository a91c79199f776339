import { describe, expect, it } from 'vitest';
import { loadDesign, type Design, type Review } from '../../engine/index.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { redoChange, runCommand, undoChange } from './editor.ts';
import { setAgenda, setDecision, type AgendaInput, type DecisionInput } from './review.ts';
import { estate, select, state } from '../testing/fixtures.ts';

const AT = '2026-11-30T10:00:00.000Z';
const LATER = '2026-11-30T11:00:00.000Z';

/** The shared estate with three flows (f1, f2, f3) and, optionally, a review. */
function reviewed(review?: Review): Design {
  const design = estate();
  const result = loadDesign({
    ...design,
    edges: [
      ...design.edges,
      { id: 'f2', kind: 'flow', source: 'site', target: 'vm', props: {} },
      { id: 'f3', kind: 'flow', source: 'vm2', target: 'site', props: {} },
    ],
    ...(review ? { review } : {}),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.design;
}

const accepted = (flowId: string, extra: Partial<DecisionInput> = {}) =>
  ({ flowId, status: 'accepted', text: '', author: 'Ana', at: AT, ...extra }) as const;

function changedDesign(outcome: ReturnType<typeof setDecision.run>): Design {
  if (outcome.status !== 'changed') throw new Error(JSON.stringify(outcome));
  // Whatever a command writes, the one load pipeline takes back without a word.
  const loaded = loadDesign(JSON.stringify(outcome.design));
  if (!loaded.ok || loaded.warnings.length > 0) throw new Error(JSON.stringify(loaded));
  return outcome.design;
}

describe('setDecision', () => {
  it('records a decision on a flow that had none', () => {
    const design = changedDesign(setDecision.run(state(reviewed()), { ...accepted('f2'), text: 'Fine' }));
    expect(design.review).toEqual({
      decisions: [{ flowId: 'f2', status: 'accepted', text: 'Fine', author: 'Ana', at: AT }],
    });
  });

  it('replaces a flow’s decision in place, keeping the others and unknown fields of the review', () => {
    const before = reviewed({
      decisions: [accepted('f1'), accepted('f2'), accepted('f3')],
      round: 2,
    } as Review);
    const design = changedDesign(
      setDecision.run(state(before), { ...accepted('f2'), status: 'changesRequested', text: 'Add a UDR', at: LATER }),
    );
    expect(design.review?.decisions?.map((d) => [d.flowId, d.status])).toEqual([
      ['f1', 'accepted'],
      ['f2', 'changesRequested'],
      ['f3', 'accepted'],
    ]);
    expect(design.review?.decisions?.[1]).toMatchObject({ text: 'Add a UDR', at: LATER });
    expect(design.review?.round).toBe(2);
  });

  it('clears a decision, and removes the review block once it is empty', () => {
    const before = reviewed({ decisions: [accepted('f1'), accepted('f2')] } as Review);
    const one = changedDesign(setDecision.run(state(before), { ...accepted('f1'), status: null }));
    expect(one.review?.decisions?.map((d) => d.flowId)).toEqual(['f2']);
    const none = changedDesign(setDecision.run(state(one), { ...accepted('f2'), status: null }));
    expect(none).not.toHaveProperty('review');
    expect(JSON.stringify(none)).not.toContain('"review"');
  });

  it('keeps the agenda when the last decision is cleared', () => {
    const before = reviewed({ agenda: ['f3'], decisions: [accepted('f1')] } as Review);
    const design = changedDesign(setDecision.run(state(before), { ...accepted('f1'), status: null }));
    expect(design.review).toEqual({ agenda: ['f3'] });
  });

  it('leaves out an empty author', () => {
    const design = changedDesign(setDecision.run(state(reviewed()), { ...accepted('f1'), author: '' }));
    expect(design.review?.decisions?.[0]).toEqual({ flowId: 'f1', status: 'accepted', text: '', at: AT });
  });

  it.each<[string, DecisionInput, RegExp]>([
    ['a flow that is gone', accepted('ghost'), /no longer in the design/],
    ['an edge that is not a flow', accepted('conn'), /no longer in the design/],
    ['a node', accepted('vm'), /no longer in the design/],
    ['too long a text', accepted('f1', { text: 'x'.repeat(2001) }), /at most 2,000 characters/],
    ['too long an author', accepted('f1', { author: 'x'.repeat(201) }), /at most 200 characters/],
    ['a time that is not a date-time', accepted('f1', { at: 'now' }), /"now" is not a date and time/],
  ])('refuses %s', (_name, input, reason) => {
    expect(setDecision.run(state(reviewed()), input)).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(reason),
    });
  });

  it('accepts a text of exactly 2,000 characters', () => {
    expect(setDecision.run(state(reviewed()), accepted('f1', { text: 'x'.repeat(2000) })).status).toBe('changed');
  });

  it('changes nothing when the same decision is taken again, or a missing one is cleared', () => {
    const before = reviewed({ decisions: [accepted('f1')] } as Review);
    expect(setDecision.run(state(before), accepted('f1', { at: LATER }))).toEqual({ status: 'unchanged' });
    expect(setDecision.run(state(before), { ...accepted('f2'), status: null })).toEqual({ status: 'unchanged' });
  });

  it('undoes text typed into a decision in one step, and a change of status in its own', () => {
    useDesignStore.getState().open(reviewed(), 'd1');
    useUiStore.getState().setSelection(select([]));
    runCommand(setDecision, accepted('f1'));
    for (const text of ['N', 'Ne', 'Needs a UDR']) runCommand(setDecision, accepted('f1', { text }));
    const decisions = () => useDesignStore.getState().design?.review?.decisions;
    expect(decisions()?.[0]?.text).toBe('Needs a UDR');
    runCommand(setDecision, accepted('f1', { status: 'changesRequested', text: 'Needs a UDR' }));
    expect(decisions()?.[0]?.status).toBe('changesRequested');

    expect(undoChange()).toBe(true);
    expect(decisions()?.[0]).toMatchObject({ status: 'accepted', text: 'Needs a UDR' });
    expect(undoChange()).toBe(true);
    expect(useDesignStore.getState().design).not.toHaveProperty('review');
    expect(redoChange()).toBe(true);
    expect(decisions()?.[0]?.text).toBe('Needs a UDR');
  });
});

describe('setAgenda', () => {
  const cases: { name: string; input: AgendaInput; review?: Review; agenda?: string[] | null; reason?: RegExp }[] = [
    { name: 'saves an order', input: { order: ['f3', 'f1'] }, agenda: ['f3', 'f1'] },
    { name: 'saves a full order', input: { order: ['f2', 'f3', 'f1'] }, agenda: ['f2', 'f3', 'f1'] },
    {
      name: 'removes the agenda for an empty order',
      input: { order: [] },
      review: { agenda: ['f2'] },
      agenda: null,
    },
    {
      name: 'removes the agenda when the order is the default one',
      input: { order: ['f3', 'f1', 'f2'], defaultOrder: ['f3', 'f1', 'f2'] },
      review: { agenda: ['f2'] },
      agenda: null,
    },
    {
      name: 'removes the agenda when the order starts the default one',
      input: { order: ['f3'], defaultOrder: ['f3', 'f1', 'f2'] },
      review: { agenda: ['f2'] },
      agenda: null,
    },
    {
      name: 'saves an order that differs from the default one',
      input: { order: ['f1', 'f3'], defaultOrder: ['f3', 'f1', 'f2'] },
      agenda: ['f1', 'f3'],
    },
    {
      name: 'keeps decisions when the agenda goes',
      input: { order: [] },
      review: { agenda: ['f2'], decisions: [{ flowId: 'f1', status: 'accepted', text: '', at: AT }] },
      agenda: undefined,
    },
    { name: 'refuses an unknown id', input: { order: ['f1', 'ghost'] }, reason: /"ghost" is not a flow/ },
    { name: 'refuses an edge that is not a flow', input: { order: ['peer'] }, reason: /"peer" is not a flow/ },
    { name: 'refuses a flow listed twice', input: { order: ['f2', 'f1', 'f2'] }, reason: /Flow #2 .* twice/ },
  ];

  it.each(cases)('$name', ({ input, review, agenda, reason }) => {
    const outcome = setAgenda.run(state(reviewed(review)), input);
    if (reason) {
      expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringMatching(reason) });
      return;
    }
    const design = changedDesign(outcome);
    if (agenda === null) expect(design).not.toHaveProperty('review');
    else expect(design.review?.agenda).toEqual(agenda);
  });

  it('changes nothing when the order is the saved one, or when there is none to remove', () => {
    expect(setAgenda.run(state(reviewed({ agenda: ['f2'] })), { order: ['f2'] })).toEqual({ status: 'unchanged' });
    expect(setAgenda.run(state(reviewed()), { order: [] })).toEqual({ status: 'unchanged' });
  });

  it('undoes a reordering', () => {
    useDesignStore.getState().open(reviewed(), 'd1');
    useUiStore.getState().setSelection(select([]));
    runCommand(setAgenda, { order: ['f3'] });
    expect(useDesignStore.getState().design?.review?.agenda).toEqual(['f3']);
    undoChange();
    expect(useDesignStore.getState().design).not.toHaveProperty('review');
  });
});
