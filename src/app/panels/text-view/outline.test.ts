import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, loadDesign } from '../../../engine/index.ts';
import { EDGE_FIELDS } from '../inspector/fields.ts';
import { describeSettings, designOutline } from './outline.ts';

const loaded = loadDesign(readFileSync('fixtures/examples/hub-spoke-lab.json', 'utf8'));
if (!loaded.ok) throw new Error('the lab fixture does not load');
const lab = loaded.design;

describe('the design as text', () => {
  const outline = designOutline(lab, evaluate(lab));

  it('puts every node once: outside Azure, or inside its VNet', () => {
    const listed = [...outline.outside, ...outline.vnets, ...outline.vnets.flatMap((v) => v.contents)].map((i) => i.id);
    expect(listed.sort()).toEqual(lab.nodes.map((n) => n.id).sort());
    const hub = outline.vnets.find((v) => v.name === 'Hub VNet');
    expect(hub?.contents.map((c) => c.name).sort()).toEqual(['ERGW1', 'Hub VM']);
  });

  it('gives each connection its settings and each flow its verdict, path and expectation', () => {
    expect(outline.links.find((l) => l.id === 'conn2')?.settings).toContain('FastPath: off');
    expect(outline.links.find((l) => l.id === 'conn1')?.settings).toContain('FastPath: on');
    expect(outline.flows.map((f) => [f.id, f.state, f.expectation])).toContainEqual([
      'f-onprem-spoke',
      'gateway',
      'passed',
    ]);
    expect(outline.flows.find((f) => f.id === 'f-onprem-spoke')?.path).toBe('MSEE → * → 10.254.10.4');
  });

  it('shows flows as pending, without a path, before the analysis answers', () => {
    const pending = designOutline(lab, null);
    expect(new Set(pending.flows.map((f) => f.state))).toEqual(new Set(['pending']));
    expect(pending.flows.every((f) => f.path === '' && f.expectation === null)).toBe(true);
  });

  it("says where each flow's review stands and how many notes it has", () => {
    const reviewed = {
      ...lab,
      review: {
        decisions: [
          { flowId: 'f-onprem-hub', status: 'accepted' as const, text: '', at: '2026-11-30T10:00:00Z' },
          { flowId: 'f-onprem-spoke', status: 'changesRequested' as const, text: 'x', at: '2026-11-30T10:01:00Z' },
        ],
      },
      notes: [
        { id: 'n1', text: 'a', edgeId: 'f-onprem-hub' },
        { id: 'n2', text: 'b', edgeId: 'f-onprem-hub' },
        { id: 'n3', text: 'c', nodeId: 'hubvm' },
      ],
    };
    const flows = designOutline(reviewed, null).flows.map((f) => [f.id, f.review, f.notes]);
    expect(flows.slice(0, 3)).toEqual([
      ['f-onprem-hub', 'Accepted', 2],
      ['f-onprem-spoke', 'Change requested', 0],
      ['f-onprem-remote', 'Not reviewed yet', 0],
    ]);
  });

  it.each([
    [
      { fastPath: true, privateLinkFastPath: false, routingWeight: 10 },
      'FastPath: on · FastPath for Private Link: off · Routing weight: 10',
    ],
    [{ fastPath: false }, 'FastPath: off'],
  ])('describes connection settings %o', (props, words) => {
    expect(describeSettings(EDGE_FIELDS.connection, props)).toBe(words);
  });
});
