import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../evaluate.ts';
import type { Design, DesignEdge, DesignNode } from '../model/types.ts';
import { formatProblem } from '../schema/errors.ts';
import { loadDesign } from '../schema/load.ts';
import { arbitraryDesignDocument, arbitraryEditedDocuments } from '../testing/arbitrary-design.ts';
import { addHub, baseDesign, type DesignDraft } from '../testing/design-builder.ts';
import { diffIsEmpty, diffVersions, diffWorsens, type DesignDiff, type PartChange } from './design-diff.ts';

const load = (doc: unknown): Design => {
  const result = loadDesign(doc);
  if (!result.ok) throw new Error(`design refused: ${result.errors.map(formatProblem).join('; ')}`);
  return result.design;
};

/** The base design with a flow from on-premises to each VM. */
const withFlows = (draft: DesignDraft = baseDesign()) =>
  draft.flow('f1', 'onprem', 'hubvm').flow('f2', 'onprem', 'spokevm');

const diffOf = (before: DesignDraft, after: DesignDraft) => diffVersions(before.build(), after.build());

const brief = (changes: readonly PartChange<DesignNode | DesignEdge>[]) =>
  changes.map((change) =>
    change.change === 'changed'
      ? { change: change.change, id: change.id, renamedFrom: change.renamedFrom, fields: change.fields }
      : { change: change.change, id: change.id },
  );

const flowBrief = (diff: DesignDiff) =>
  diff.flows.map((flow) => ({
    id: flow.id,
    change: flow.change,
    effect: flow.effect,
    from: flow.before?.verdict,
    to: flow.after?.verdict,
  }));

/** Gives a node or edge another id everywhere the design names it, as a rewritten export would. */
function renameId(doc: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const swap = (id: unknown) => (id === from ? to : id);
  const nodes = (doc.nodes as (Record<string, unknown> & { props: Record<string, unknown> })[]).map((node) => ({
    ...node,
    id: swap(node.id),
    ...(node.parentId === undefined ? {} : { parentId: swap(node.parentId) }),
    props: {
      ...node.props,
      ...(node.props.udrNextHopId === undefined ? {} : { udrNextHopId: swap(node.props.udrNextHopId) }),
    },
  }));
  const edges = (doc.edges as Record<string, unknown>[]).map((edge) => ({
    ...edge,
    id: swap(edge.id),
    source: swap(edge.source),
    target: swap(edge.target),
  }));
  return { ...doc, nodes, edges };
}

describe('diffVersions: parts', () => {
  it('finds nothing between a design and a copy of it', () => {
    const design = withFlows().build();
    const diff = diffVersions(design, load(JSON.parse(JSON.stringify(design))));
    expect(diffIsEmpty(diff)).toBe(true);
    expect(diff.summary).toEqual({ worse: 0, better: 0, newErrors: 0, parts: 0 });
    expect(diffWorsens(diff)).toBe(false);
  });

  it.each([
    {
      name: 'a gateway SKU',
      edit: (d: DesignDraft) => d.patch('gw1', { sku: 'Standard' }),
      expected: [
        { change: 'changed', id: 'gw1', fields: [{ field: 'props.sku', before: 'ErGw3AZ', after: 'Standard' }] },
      ],
    },
    {
      name: 'FastPath on a connection',
      edit: (d: DesignDraft) => d.patch('conn1', { fastPath: false }),
      expected: [{ change: 'changed', id: 'conn1', fields: [{ field: 'props.fastPath', before: true, after: false }] }],
    },
    {
      name: 'a name',
      edit: (d: DesignDraft) => d.label('hubvm', 'App server'),
      expected: [
        { change: 'changed', id: 'hubvm', fields: [{ field: 'label', before: 'hubvm', after: 'App server' }] },
      ],
    },
    {
      name: 'an address space',
      edit: (d: DesignDraft) => d.patch('spoke', { addressSpace: ['10.254.0.0/16', '10.253.0.0/16'] }),
      expected: [
        {
          change: 'changed',
          id: 'spoke',
          fields: [
            { field: 'props.addressSpace', before: ['10.254.0.0/16'], after: ['10.254.0.0/16', '10.253.0.0/16'] },
          ],
        },
      ],
    },
    {
      name: 'a flow expectation set',
      edit: (d: DesignDraft) => d.patch('f1', { expect: 'fastpath' }),
      expected: [{ change: 'changed', id: 'f1', fields: [{ field: 'props.expect', after: 'fastpath' }] }],
    },
    {
      name: 'a VM added',
      edit: (d: DesignDraft) => d.node('vm2', 'vm', { ip: '10.254.10.5' }, 'spoke'),
      expected: [{ change: 'added', id: 'vm2' }],
    },
    {
      name: 'a VM removed with its flow',
      edit: (d: DesignDraft) => d.remove('spokevm'),
      expected: [
        { change: 'removed', id: 'spokevm' },
        { change: 'removed', id: 'f2' },
      ],
    },
    {
      name: 'a peering removed',
      edit: (d: DesignDraft) => d.remove('peer'),
      expected: [{ change: 'removed', id: 'peer' }],
    },
  ])('reports $name', ({ edit, expected }) => {
    const diff = diffOf(withFlows(), edit(withFlows()));
    expect([...brief(diff.nodes), ...brief(diff.edges)]).toEqual(
      expected.map((change) => ('fields' in change ? { renamedFrom: undefined, ...change } : change)),
    );
  });

  it('leaves out where parts are drawn', () => {
    const before = withFlows().build();
    const after = { ...before, nodes: before.nodes.map((node) => ({ ...node, position: { x: 400, y: 90 } })) };
    expect(diffIsEmpty(diffVersions(before, after))).toBe(true);
  });

  it('reports a field the format does not know, such as an Azure resource id', () => {
    const before = withFlows().build();
    const after = {
      ...before,
      nodes: before.nodes.map((node) =>
        node.id === 'hub' ? { ...node, azureId: '/subscriptions/x/vnets/hub' } : node,
      ),
    };
    expect(brief(diffVersions(before, after).nodes)).toEqual([
      {
        change: 'changed',
        id: 'hub',
        renamedFrom: undefined,
        fields: [{ field: 'azureId', after: '/subscriptions/x/vnets/hub' }],
      },
    ]);
  });

  it('takes a node whose kind changed under the same id for another node', () => {
    const before = baseDesign({ spoke: false });
    before.node('thing', 'vm', { ip: '10.255.10.9' }, 'hub');
    const after = baseDesign({ spoke: false });
    after.node('thing', 'nva', { ip: '10.255.10.9' }, 'hub');
    expect(brief(diffOf(before, after).nodes)).toEqual([
      { change: 'removed', id: 'thing' },
      { change: 'added', id: 'thing' },
    ]);
  });

  it('reports the design’s own fields that change its evaluation', () => {
    const diff = diffOf(withFlows(), withFlows().previews());
    expect(diff.design).toEqual([{ field: 'allowPreviews', before: false, after: true }]);
  });
});

describe('diffVersions: renamed ids', () => {
  it('matches a node whose id changed by kind, name and parent, and nothing that points at it changes', () => {
    const before = withFlows().build();
    const doc = renameId(JSON.parse(JSON.stringify(before)), 'hub', 'vnet-hub-weu');
    const diff = diffVersions(before, load(doc));
    expect(brief(diff.nodes)).toEqual([{ change: 'changed', id: 'vnet-hub-weu', renamedFrom: 'hub', fields: [] }]);
    expect(diff.edges).toEqual([]);
    expect(diff.flows).toEqual([]);
  });

  it('matches a child renamed inside a renamed parent, parents first', () => {
    const before = withFlows().build();
    let doc = renameId(JSON.parse(JSON.stringify(before)), 'hub', 'hub-2');
    doc = renameId(doc, 'gw1', 'gw-2');
    const diff = diffVersions(before, load(doc));
    expect(brief(diff.nodes)).toEqual([
      { change: 'changed', id: 'hub-2', renamedFrom: 'hub', fields: [] },
      { change: 'changed', id: 'gw-2', renamedFrom: 'gw1', fields: [] },
    ]);
    expect(diff.edges).toEqual([]);
  });

  it('matches a flow whose id changed by its ends and name, with its outcome compared', () => {
    const before = withFlows().build();
    const doc = renameId(JSON.parse(JSON.stringify(before)), 'f1', 'flow-hq-app');
    const after = load(doc);
    const diff = diffVersions(before, after);
    expect(brief(diff.edges)).toEqual([{ change: 'changed', id: 'flow-hq-app', renamedFrom: 'f1', fields: [] }]);
    expect(diff.flows).toEqual([]);
    const worse = diffVersions(before, {
      ...after,
      edges: after.edges.map((e) => (e.kind === 'connection' ? { ...e, props: { ...e.props, fastPath: false } } : e)),
    });
    expect(worse.flows.map((flow) => [flow.id, flow.renamedFrom, flow.effect])).toContainEqual([
      'flow-hq-app',
      'f1',
      'worse',
    ]);
  });

  it('does not guess between two parts that fit equally', () => {
    const draft = () => {
      const d = baseDesign({ spoke: false });
      d.node('a', 'vm', { ip: '10.255.10.7' }, 'hub').node('b', 'vm', { ip: '10.255.10.8' }, 'hub');
      return d.label('a', 'web').label('b', 'web');
    };
    const before = draft().build();
    let doc = renameId(JSON.parse(JSON.stringify(before)), 'a', 'a2');
    doc = renameId(doc, 'b', 'b2');
    expect(brief(diffVersions(before, load(doc)).nodes)).toEqual([
      { change: 'removed', id: 'a' },
      { change: 'removed', id: 'b' },
      { change: 'added', id: 'a2' },
      { change: 'added', id: 'b2' },
    ]);
  });
});

describe('diffVersions: flows', () => {
  it('puts a flow sent through the gateway as worse, with the findings that explain it', () => {
    const diff = diffOf(withFlows(), withFlows().patch('conn1', { fastPath: false }));
    // The spoke's flow went through the gateway already: only its findings changed.
    expect(flowBrief(diff)).toEqual([
      { id: 'f1', change: 'changed', effect: 'worse', from: 'fastpath', to: 'gateway' },
      { id: 'f2', change: 'changed', effect: 'neutral', from: 'gateway', to: 'gateway' },
    ]);
    expect(diff.flows[0]?.raised.map((f) => f.ruleId)).toContain('fastpath-flag');
    expect(diff.flows[0]?.route).toBe('onprem → hubvm');
    expect(diff.flows[0]?.number).toBe(1);
    expect(diff.summary.worse).toBe(1);
    expect(diffWorsens(diff)).toBe(true);
  });

  it('puts the reverse as better, with the findings it cleared, and passes the check', () => {
    const diff = diffOf(withFlows().patch('conn1', { fastPath: false }), withFlows());
    expect(flowBrief(diff).map((flow) => [flow.id, flow.effect])).toEqual([
      ['f2', 'neutral'],
      ['f1', 'better'],
    ]);
    expect(diff.flows[0]?.cleared.map((f) => f.ruleId)).toContain('fastpath-flag');
    expect(diffWorsens(diff)).toBe(false);
  });

  it('lists the flows left with no route ahead of those sent through a gateway', () => {
    const after = withFlows().patch('conn1', { fastPath: false }).remove('peer');
    const diff = diffOf(withFlows(), after);
    expect(flowBrief(diff)).toEqual([
      { id: 'f2', change: 'changed', effect: 'worse', from: 'gateway', to: 'unreachable' },
      { id: 'f1', change: 'changed', effect: 'worse', from: 'fastpath', to: 'gateway' },
    ]);
  });

  it('counts a new error finding as worse, and a gateway SKU that loses FastPath raises one', () => {
    const diff = diffOf(withFlows(), withFlows().patch('gw1', { sku: 'Standard' }));
    expect(diff.summary.newErrors).toBeGreaterThan(0);
    expect([...diff.findings.raised, ...diff.flows.flatMap((f) => f.raised)].map((f) => f.ruleId)).toContain(
      'gateway-sku',
    );
    expect(diffWorsens(diff)).toBe(true);
  });

  it.each([
    { name: 'broken by the change', expect: 'fastpath', fastPath: [true, false], effect: 'worse', met: [true, false] },
    { name: 'fixed by the change', expect: 'fastpath', fastPath: [false, true], effect: 'better', met: [false, true] },
    // FastPath lost but expected: leaving FastPath is still worse, however the expectation reads.
    {
      name: 'met by leaving FastPath',
      expect: 'gateway',
      fastPath: [true, false],
      effect: 'worse',
      met: [false, true],
    },
  ])('follows an expectation $name', ({ expect: expected, fastPath, effect, met }) => {
    const version = (on: boolean) => withFlows().patch('f1', { expect: expected }).patch('conn1', { fastPath: on });
    const diff = diffOf(version(fastPath[0] as boolean), version(fastPath[1] as boolean));
    const flow = diff.flows.find((f) => f.id === 'f1');
    expect(flow?.effect).toBe(effect);
    expect([flow?.before?.expectationMet, flow?.after?.expectationMet]).toEqual(met);
  });

  it('puts a newly stated expectation that fails as worse, though the verdict stayed', () => {
    const diff = diffOf(withFlows(), withFlows().patch('f1', { expect: 'gateway' }));
    expect(flowBrief(diff)).toEqual([
      { id: 'f1', change: 'changed', effect: 'worse', from: 'fastpath', to: 'fastpath' },
    ]);
    expect(diffWorsens(diff)).toBe(true);
  });

  it('lists flows added and removed, an added flow that fails its expectation as worse', () => {
    const before = withFlows();
    const after = withFlows().remove('f2');
    after.node('vm3', 'vm', { ip: '10.255.10.9' }, 'hub').flow('f3', 'onprem', 'vm3');
    after.flow('f4', 'onprem', 'hubvm', { expect: 'unreachable' });
    const diff = diffOf(before, after);
    expect(flowBrief(diff)).toEqual([
      { id: 'f4', change: 'added', effect: 'worse', from: undefined, to: 'fastpath' },
      { id: 'f3', change: 'added', effect: 'neutral', from: undefined, to: 'fastpath' },
      { id: 'f2', change: 'removed', effect: 'neutral', from: 'gateway', to: undefined },
    ]);
  });

  it('evaluates both versions with one pack: the one asked for, else the newer version’s', () => {
    const before = withFlows();
    before.rulesAsOf = '2024-03';
    const after = withFlows();
    expect(diffOf(before, after).rulesAsOf).toBe(evaluate(after.build()).rulesAsOf);
    const asked = diffVersions(before.build(), after.build(), { rulesAsOf: '2024-03' });
    expect(asked.rulesAsOf).toBe('2024-03');
    expect(asked.design).toEqual([{ field: 'rulesAsOf', before: '2024-03', after: 'latest' }]);
    expect(asked.flows).toEqual([]);
  });

  it('names flows as the canvas does, with their own name when they have one', () => {
    const draft = () => addHub(withFlows(), 'hub2').flow('f3', 'onprem', 'hubvm').label('f3', 'Backup');
    const diff = diffOf(draft(), draft().patch('conn1', { fastPath: false }));
    expect(diff.flows.find((f) => f.id === 'f3')).toMatchObject({
      label: 'Backup',
      route: 'onprem → hubvm',
      number: 3,
    });
  });
});

// Rebuilds the newer version from the older one and the diff alone: if that gives the newer design,
// the diff left nothing out, and every verdict change is explained by the changes it reports.
function applyReported(before: Design, diff: DesignDiff): Design {
  const renames = (changes: readonly PartChange<DesignNode | DesignEdge>[]) =>
    new Map(changes.flatMap((c) => (c.change === 'changed' && c.renamedFrom ? [[c.renamedFrom, c.id] as const] : [])));
  const nodeIds = renames(diff.nodes);
  const edgeIds = renames(diff.edges);
  const ref = (id: string) => nodeIds.get(id) ?? id;
  const apply = <T extends DesignNode | DesignEdge>(
    items: readonly T[],
    changes: PartChange<T>[],
    ids: Map<string, string>,
  ) => {
    const removed = new Set(changes.flatMap((c) => (c.change === 'removed' ? [c.id] : [])));
    const changed = new Map(changes.flatMap((c) => (c.change === 'changed' ? [[c.id, c.fields] as const] : [])));
    const kept = items
      .filter((item) => !removed.has(item.id))
      .map((item) => {
        const copy = structuredClone(item) as Record<string, unknown> & { props: Record<string, unknown> };
        copy.id = ids.get(item.id) ?? item.id;
        for (const key of ['parentId', 'source', 'target'])
          if (typeof copy[key] === 'string') copy[key] = ref(copy[key]);
        if (typeof copy.props.udrNextHopId === 'string') copy.props.udrNextHopId = ref(copy.props.udrNextHopId);
        for (const { field, after } of changed.get(copy.id as string) ?? []) {
          const [target, key] = field.startsWith('props.') ? [copy.props, field.slice(6)] : [copy, field];
          if (after === undefined) delete target[key];
          else target[key] = structuredClone(after);
        }
        return copy as unknown as T;
      });
    return [...kept, ...changes.flatMap((c) => (c.change === 'added' ? [c.item] : []))];
  };
  const design = {
    ...before,
    nodes: apply(before.nodes, diff.nodes, nodeIds),
    edges: apply(before.edges, diff.edges, edgeIds),
  };
  for (const { field, after } of diff.design) (design as Record<string, unknown>)[field] = after;
  return design;
}

const comparable = (design: Design) => {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ...design,
    nodes: design.nodes.map(({ position: _position, ...node }) => node).sort(byId),
    edges: [...design.edges].sort(byId),
  };
};

/** The older version, and a newer one that may have some ids changed the way a re-export changes them. */
const versions = fc.tuple(arbitraryEditedDocuments, fc.array(fc.nat(), { maxLength: 3 })).map(([docs, renames]) => {
  let after = docs[docs.length - 1] as Record<string, unknown>;
  for (const pick of renames) {
    const items = [...(after.nodes as { id: string }[]), ...(after.edges as { id: string }[])];
    const item = items[pick % Math.max(1, items.length)];
    if (item) after = renameId(after, item.id, `renamed-${item.id}`);
  }
  return { before: docs[0] as Record<string, unknown>, after };
});

describe('diffVersions: properties', () => {
  it('finds nothing between any design and itself', () => {
    fc.assert(
      fc.property(arbitraryDesignDocument, (doc) => {
        const design = load(doc);
        expect(diffIsEmpty(diffVersions(design, load(JSON.parse(JSON.stringify(doc)))))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('reports every change: the older version with the reported changes applied is the newer one', () => {
    fc.assert(
      fc.property(versions, ({ before: a, after: b }) => {
        const before = load(a);
        const after = load(b);
        const diff = diffVersions(before, after);
        const rebuilt = applyReported(before, diff);
        expect(comparable(rebuilt)).toEqual(comparable(after));
        expect(evaluate(comparable(rebuilt) as Design)).toEqual(evaluate(comparable(after) as Design));
      }),
      { numRuns: 200 },
    );
  });

  it('lists every flow whose verdict or expectation changed, and only those with something changed', () => {
    fc.assert(
      fc.property(versions, ({ before: a, after: b }) => {
        const before = load(a);
        const after = load(b);
        const diff = diffVersions(before, after);
        const old = evaluate(before, { rulesAsOf: after.rulesAsOf });
        const now = evaluate(after);
        for (const [id, flow] of Object.entries(now.flows)) {
          const was = old.flows[id];
          if (!was) continue;
          if (was.verdict !== flow.verdict || was.expectationMet !== flow.expectationMet) {
            expect(diff.flows.map((f) => f.id)).toContain(id);
          }
        }
        for (const change of diff.flows.filter((f) => f.change === 'changed')) {
          const changed =
            change.before?.verdict !== change.after?.verdict ||
            change.before?.expectationMet !== change.after?.expectationMet ||
            change.raised.length + change.cleared.length > 0;
          expect(changed).toBe(true);
        }
        if (diff.flows.length > 0 || diff.findings.raised.length + diff.findings.cleared.length > 0) {
          expect(diff.summary.parts + diff.design.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
