import { describe, expect, it } from 'vitest';
import { baseDesign, type DesignDraft } from '../testing/design-builder.ts';
import { brief, diffOf, load, renameId, withFlows } from '../testing/diff-kit.ts';
import { diffIsEmpty, diffVersions, diffWorsens } from './design-diff.ts';

// The design diff's parts: every kind of node and edge change, and ids renamed.

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
