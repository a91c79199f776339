import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, loadDesign, formatProblem, type Design, type PackId } from './index.ts';
import { LiveEvaluation } from './incremental.ts';
import { applyPatch, diffDesigns, patchSize, sameValue } from './model/design-patch.ts';
import { arbitraryDesignDocument, arbitraryEditedDocuments } from './testing/arbitrary-design.ts';
import { addHub, baseDesign, type DesignDraft } from './testing/design-builder.ts';

const load = (doc: unknown): Design => {
  const result = loadDesign(doc);
  if (!result.ok) throw new Error(`generated design refused: ${result.errors.map(formatProblem).join('; ')}`);
  return result.design;
};

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('diffDesigns and applyPatch', () => {
  it('rebuild the second design from the first, in its order, for any two designs', () => {
    fc.assert(
      fc.property(arbitraryDesignDocument, arbitraryDesignDocument, (a, b) => {
        const before = load(a);
        const after = load(b);
        const rebuilt = applyPatch(before, diffDesigns(before, after));
        expect(ids(rebuilt.nodes)).toEqual(ids(after.nodes));
        expect(ids(rebuilt.edges)).toEqual(ids(after.edges));
        expect(sameValue(rebuilt, after)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('carries only what changed: equal designs give an empty patch, one edit one item', () => {
    const design = baseDesign().build();
    const same = diffDesigns(design, load(JSON.parse(JSON.stringify(design))));
    expect(patchSize(same)).toBe(0);
    expect(same.shell).toBeUndefined();
    expect(same.nodes.order ?? same.edges.order).toBeUndefined();

    const edited: Design = {
      ...design,
      edges: design.edges.map((e) =>
        e.id === 'conn1' && e.kind === 'connection' ? { ...e, props: { ...e.props, fastPath: false } } : e,
      ),
    };
    const patch = diffDesigns(design, edited);
    expect(ids(patch.edges.put)).toEqual(['conn1']);
    expect(patchSize(patch)).toBe(1);
    // Kept items are the same objects, not copies.
    expect(applyPatch(design, patch).nodes).toBe(design.nodes);
  });

  it('sends the order only when it changed some other way than appending', () => {
    const design = baseDesign().build();
    const appended = { ...design, nodes: [...design.nodes, { ...design.nodes[0]!, id: 'onprem2' }] };
    expect(diffDesigns(design, appended).nodes.order).toBeUndefined();
    const reversed = { ...design, nodes: [...design.nodes].reverse() };
    const patch = diffDesigns(design, reversed);
    expect(patch.nodes.put).toEqual([]);
    expect(patch.nodes.order).toEqual(ids(reversed.nodes));
    expect(ids(applyPatch(design, patch).nodes)).toEqual(ids(reversed.nodes));
  });
});

describe('LiveEvaluation', () => {
  it('after any series of edits, equals a full evaluation of the edited design', () => {
    fc.assert(
      fc.property(arbitraryEditedDocuments, fc.option(fc.constantFrom<PackId>('2024-03', 'latest')), (docs, pack) => {
        const designs = docs.map(load);
        const options = pack === null ? {} : { rulesAsOf: pack };
        const live = new LiveEvaluation(designs[0]!, pack ?? undefined);
        expect(JSON.stringify(live.result)).toBe(JSON.stringify(evaluate(designs[0]!, options)));
        for (let i = 1; i < designs.length; i++) {
          const before = live.result;
          const update = live.update(diffDesigns(designs[i - 1]!, designs[i]!));
          expect(JSON.stringify(live.result)).toBe(JSON.stringify(evaluate(designs[i]!, options)));
          // What did not change is the very result it had: the screen relies on identity.
          const changed = new Set(update.changed);
          for (const [id, flow] of Object.entries(live.result.flows)) {
            if (changed.has(id)) expect(flow).not.toEqual(before.flows[id]);
            else expect(flow).toBe(before.flows[id]);
          }
          expect(update.changed.every((id) => update.evaluated.includes(id))).toBe(true);
          expect(update.removed.every((id) => !(id in live.result.flows))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  // Two hubs on one circuit, each with a spoke: an edit on one side must leave the other alone.
  const twoHubs = (): DesignDraft => {
    const draft = baseDesign();
    addHub(draft, 'hub2', { region: 'northeurope' });
    draft
      .node('hub2vm', 'vm', { ip: '10.101.0.4' }, 'hub2')
      .flow('toHubVm', 'onprem', 'hubvm')
      .flow('toSpokeVm', 'onprem', 'spokevm')
      .flow('toHub2Vm', 'onprem', 'hub2vm')
      .flow('hub2ToSite', 'hub2vm', 'onprem')
      // A VNet without a gateway (its flow has no route), and a VM sorted before the hub's by id.
      .node('lonely', 'vnet', { region: 'westeurope', addressSpace: ['10.200.0.0/16'] })
      .node('lonelyvm', 'vm', { ip: '10.200.0.4' }, 'lonely')
      .flow('toLonely', 'onprem', 'lonelyvm')
      .node('abig', 'vm', { ip: '10.255.10.5', instances: 1 }, 'hub');
    return draft;
  };

  type Case = { name: string; edit: (draft: DesignDraft) => void; evaluated: string[] };
  const cases: Case[] = [
    {
      name: 'a gateway put into a VNet without one',
      edit: (d) => d.node('lonelygw', 'gateway', { sku: 'ErGw3AZ' }, 'lonely'),
      evaluated: ['toLonely'],
    },
    {
      // Nothing about the hub VM changes, but it is now beyond the circuit's FastPath IP limit.
      name: 'another VM grows past the circuit’s IP limit',
      edit: (d) => d.patch('abig', { instances: 30_000 }),
      evaluated: ['toHubVm', 'toSpokeVm', 'toHub2Vm'],
    },
    {
      name: 'FastPath off on the first hub’s connection',
      edit: (d) => d.patch('conn1', { fastPath: false }),
      evaluated: ['toHubVm', 'toSpokeVm'],
    },
    {
      name: 'the second hub’s gateway SKU',
      edit: (d) => d.patch('hub2gw', { sku: 'Standard' }),
      evaluated: ['toHub2Vm', 'hub2ToSite'],
    },
    { name: 'a VM renamed (its hop label)', edit: (d) => d.label('spokevm', 'App'), evaluated: ['toSpokeVm'] },
    {
      name: 'the spoke’s peering without transit',
      edit: (d) => d.patch('peer', { useRemoteGateways: false }),
      evaluated: ['toSpokeVm'],
    },
    {
      name: 'one flow’s expectation',
      edit: (d) => d.patch('toHub2Vm', { expect: 'fastpath' }),
      evaluated: ['toHub2Vm'],
    },
    {
      name: 'the circuit (every flow through it, not the one without a route)',
      edit: (d) => d.patch('er1', { sku: 'Premium' }),
      evaluated: ['toHubVm', 'toSpokeVm', 'toHub2Vm', 'hub2ToSite'],
    },
  ];

  it.each(cases)('evaluates again only the flows an edit can change: $name', ({ edit, evaluated }) => {
    const draft = twoHubs();
    const before = draft.build();
    const live = new LiveEvaluation(before);
    edit(draft);
    const after = draft.build();
    const update = live.update(diffDesigns(before, after));
    expect(update.evaluated).toEqual(evaluated);
    expect(JSON.stringify(live.result)).toBe(JSON.stringify(evaluate(after)));
  });

  it('takes a node with fields named like an edge’s ends for a node', () => {
    // The format keeps fields it does not know; a gateway exported with a "source" is still a gateway.
    const withSource = (design: Design): Design => ({
      ...design,
      nodes: design.nodes.map((n) => (n.id === 'hub2gw' ? { ...n, source: 'arm-export', target: 'x' } : n)),
    });
    const draft = twoHubs();
    const before = withSource(draft.build());
    const live = new LiveEvaluation(before);
    draft.patch('hub2gw', { sku: 'Standard' });
    const after = withSource(draft.build());
    const update = live.update(diffDesigns(before, after));
    expect(update.evaluated).toEqual(['toHub2Vm', 'hub2ToSite']);
    expect(JSON.stringify(live.result)).toBe(JSON.stringify(evaluate(after)));
  });

  it('evaluates nothing again when a node is only moved', () => {
    const design = twoHubs().build();
    const live = new LiveEvaluation(design);
    const moved = {
      ...design,
      nodes: design.nodes.map((n) => (n.id === 'hub' ? { ...n, position: { x: 400, y: 90 } } : n)),
    };
    const update = live.update(diffDesigns(design, moved));
    expect(update.evaluated).toEqual([]);
    expect(update.findingsRerun).toBe(false);
    expect(live.result.flows).toEqual(evaluate(moved).flows);
  });

  it('evaluates a new flow alone, and drops a deleted one', () => {
    const draft = twoHubs();
    const design = draft.build();
    const live = new LiveEvaluation(design);
    draft.remove('toHubVm').flow('toHub2VmAgain', 'onprem', 'hub2vm', { ipVersion: 4 });
    const update = live.update(diffDesigns(design, draft.build()));
    expect(update.evaluated).toEqual(['toHub2VmAgain']);
    expect(update.removed).toEqual(['toHubVm']);
    expect(Object.keys(live.result.flows)).toEqual([
      'toSpokeVm',
      'toHub2Vm',
      'hub2ToSite',
      'toLonely',
      'toHub2VmAgain',
    ]);
  });

  it('evaluates everything again when the pack or previews change', () => {
    const design = twoHubs().build();
    const live = new LiveEvaluation(design);
    const update = live.update(diffDesigns(design, { ...design, rulesAsOf: '2024-03' }));
    expect(update.full).toBe(true);
    expect(update.evaluated).toHaveLength(5);
    expect(JSON.stringify(live.result)).toBe(JSON.stringify(evaluate({ ...design, rulesAsOf: '2024-03' })));
  });
});
