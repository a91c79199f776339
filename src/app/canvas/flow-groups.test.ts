import { describe, expect, it } from 'vitest';
import type { FlowCanvasEdge, FlowGroupCanvasEdge } from './canvas-types.ts';
import type { FlowState } from '../verdict-style.ts';
import { GROUP_ID_PREFIX, groupFlows, groupParts, groupWords } from './flow-groups.ts';

const flow = (id: string, source: string, target: string, state: FlowState): FlowCanvasEdge => ({
  id,
  type: 'flow',
  source,
  target,
  data: { state, lane: 0, alone: true, number: 1, title: id, tag: id, findings: 0 },
});
const link = { id: 'peer', type: 'vnetPeering', source: 'hub', target: 'spoke' };

// site and er on the open canvas; vm1, vm2 in hub; vm3 in spoke.
const parent: Record<string, string> = { vm1: 'hub', vm2: 'hub', vm3: 'spoke' };
const placeOf = (id: string) => parent[id] ?? id;
const names: Record<string, string> = { hub: 'Hub', spoke: 'Spoke 1', site: 'HQ' };
const nameOf = (id: string) => names[id] ?? id;
const none = () => false;

const edges = [
  link,
  flow('f1', 'site', 'vm1', 'fastpath'),
  flow('f2', 'site', 'vm2', 'fastpath'),
  flow('f3', 'vm1', 'site', 'gateway'),
  flow('f4', 'site', 'vm3', 'gateway'),
  flow('f5', 'vm3', 'vm1', 'direct'),
  flow('f6', 'vm1', 'vm2', 'fastpath'),
];

const groupsOf = (drawn: ReturnType<typeof groupFlows>) =>
  drawn.filter((edge): edge is FlowGroupCanvasEdge => edge.type === 'flowGroup');

describe('groupFlows', () => {
  it('draws one line per pair of places, both directions together, counted by verdict', () => {
    const drawn = groupFlows(edges, placeOf, nameOf, none);
    expect(drawn.filter((edge) => edge.type === 'flow')).toEqual([]);
    expect(drawn).toContain(link);
    const lines = groupsOf(drawn).map((edge) => ({ source: edge.source, target: edge.target, data: edge.data }));
    expect(lines).toEqual([
      {
        source: 'hub',
        target: 'site',
        data: { total: 3, counts: { fastpath: 2, direct: 0, gateway: 1, unreachable: 0, pending: 0 } },
      },
      {
        source: 'site',
        target: 'spoke',
        data: { total: 1, counts: { fastpath: 0, direct: 0, gateway: 1, unreachable: 0, pending: 0 } },
      },
      {
        source: 'hub',
        target: 'spoke',
        data: { total: 1, counts: { fastpath: 0, direct: 1, gateway: 0, unreachable: 0, pending: 0 } },
      },
    ]);
    // f6 stays inside the hub: its box holds it.
    for (const line of groupsOf(drawn)) expect(line.id.startsWith(GROUP_ID_PREFIX)).toBe(true);
  });

  it('names each line for assistive technology with its counts', () => {
    const hubSite = groupsOf(groupFlows(edges, placeOf, nameOf, none)).find((edge) => edge.source === 'hub')!;
    expect(hubSite.ariaLabel).toBe('3 flows between Hub and HQ: 2 FastPath, 1 Gateway');
    expect(hubSite.selectable).toBe(false);
  });

  it('keeps the flows asked for drawn one by one, out of the counts', () => {
    const drawn = groupFlows(edges, placeOf, nameOf, (f) => f.source === 'vm3' || f.target === 'vm3');
    expect(drawn.filter((edge) => edge.type === 'flow').map((edge) => edge.id)).toEqual(['f4', 'f5']);
    expect(groupsOf(drawn).map((edge) => `${edge.source}-${edge.target}:${edge.data?.total}`)).toEqual(['hub-site:3']);
  });

  it('gives an unchanged line back as the same object, and a changed one anew', () => {
    const first = groupsOf(groupFlows(edges, placeOf, nameOf, none));
    const before = new Map(first.map((edge) => [edge.id, edge]));
    const again = groupsOf(groupFlows(edges, placeOf, nameOf, none, before));
    expect(again.every((edge, i) => edge === first[i])).toBe(true);

    const changed = edges.map((edge) => (edge.id === 'f4' ? flow('f4', 'site', 'vm3', 'fastpath') : edge));
    const next = groupsOf(groupFlows(changed, placeOf, nameOf, none, before));
    expect(next.find((edge) => edge.target === 'spoke' && edge.source === 'site')).not.toBe(
      first.find((edge) => edge.target === 'spoke' && edge.source === 'site'),
    );
    expect(next.find((edge) => edge.source === 'hub' && edge.target === 'site')).toBe(
      first.find((edge) => edge.source === 'hub' && edge.target === 'site'),
    );
  });

  it('lists the verdicts present in the legend order, and says one flow in the singular', () => {
    const data = { total: 1, counts: { fastpath: 0, direct: 0, gateway: 0, unreachable: 1, pending: 0 } };
    expect(groupParts(data)).toEqual([{ state: 'unreachable', count: 1 }]);
    expect(groupWords('A', 'B', data)).toBe('1 flow between A and B: 1 Unreachable');
  });
});
