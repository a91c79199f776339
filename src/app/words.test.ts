import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign, type Design } from '../engine/index.ts';
import {
  edgeCaption,
  selectedWords,
  flowAccessibleName,
  flowFullTitle,
  flowLabels,
  flowTag,
  flowTitle,
} from './words.ts';

describe('flow labels', () => {
  const loaded = loadDesign(readFileSync('fixtures/examples/hub-spoke-lab.json', 'utf8'));
  if (!loaded.ok) throw new Error('the lab example does not load');
  const design: Design = loaded.design;
  const flows = design.edges.filter((edge) => edge.kind === 'flow');

  it('numbers flows from 1 in the design’s flow order, skipping the other edges', () => {
    const labels = flowLabels(design);
    expect([...labels.keys()]).toEqual(flows.map((flow) => flow.id));
    expect([...labels.values()].map((label) => label.number)).toEqual(flows.map((_, i) => i + 1));
  });

  it('keeps a number when a flow is edited, and moves later ones up when an earlier flow is deleted', () => {
    const [first, second, third] = flows;
    const renamed = {
      ...design,
      edges: design.edges.map((e) => (e.id === second?.id ? { ...e, label: 'Backup' } : e)),
    };
    expect(flowLabels(renamed).get(third!.id)?.number).toBe(3);
    const without = { ...design, edges: design.edges.filter((e) => e.id !== first?.id) };
    expect(flowLabels(without).get(third!.id)?.number).toBe(2);
  });

  it('titles a named flow by its name and an unnamed one by its route', () => {
    const second = flows[1]!;
    const named = { ...design, edges: design.edges.map((e) => (e.id === second.id ? { ...e, label: ' Backup ' } : e)) };
    const label = flowLabels(named).get(second.id)!;
    expect(label).toEqual({ number: 2, name: 'Backup', route: 'On-premises (CE router) → Spoke VM' });
    expect(flowTitle(label)).toBe('#2 Backup');
    expect(flowTag(label)).toBe('#2 Backup');
    expect(flowFullTitle(label)).toBe('#2 Backup (On-premises (CE router) → Spoke VM)');
    expect(flowAccessibleName(label, 'gateway')).toBe('Flow On-premises (CE router) → Spoke VM: Gateway, #2 “Backup”');

    const plain = flowLabels(design).get(second.id)!;
    expect(flowTitle(plain)).toBe('#2 On-premises (CE router) → Spoke VM');
    expect(flowTag(plain)).toBe('#2');
    expect(flowFullTitle(plain)).toBe(flowTitle(plain));
    expect(flowAccessibleName(plain, 'fastpath')).toBe('Flow On-premises (CE router) → Spoke VM: FastPath, #2');
  });
});

describe('edgeCaption', () => {
  const connection = (label: string | undefined, fastPath: boolean) =>
    ({
      id: 'c',
      kind: 'connection',
      source: 'gw',
      target: 'er',
      ...(label === undefined ? {} : { label }),
      props: { fastPath, privateLinkFastPath: false, routingWeight: 0 },
    }) as Parameters<typeof edgeCaption>[0];

  it.each([
    ['an unnamed connection shows its FastPath state', undefined, true, 'FastPath on'],
    ['a named one keeps it beside the name', 'Primary', false, 'Primary · FastPath off'],
    ['a blank name is no name', '  ', true, 'FastPath on'],
  ])('%s', (_name, label, fastPath, caption) => {
    expect(edgeCaption(connection(label, fastPath))).toBe(caption);
  });
});

describe('selectedWords', () => {
  it.each([
    [3, 0, '3 nodes selected'],
    [1, 1, '1 node and 1 link or flow selected'],
    [12, 44, '12 nodes and 44 links and flows selected'],
    [0, 2, '2 links and flows selected'],
  ])('%d nodes and %d edges: "%s"', (nodes, edges, words) => {
    expect(selectedWords(nodes, edges)).toBe(words);
  });
});
