import { describe, expect, it } from 'vitest';
import type { FlowCanvasEdge } from './canvas-types.ts';
import type { FlowState } from '../verdict-style.ts';
import { GROUP_ID_PREFIX, groupFlows, groupParts, groupWords, mostOf } from './flow-groups.ts';

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

describe('groupFlows', () => {
  it('draws one line per pair of places, both directions together, counted by verdict', () => {
    const { drawn, groups } = groupFlows(edges, placeOf, nameOf, none);
    expect(drawn).toEqual([link]);
    expect(groups.map(({ source, target, total, counts }) => ({ source, target, total, counts }))).toEqual([
      {
        source: 'hub',
        target: 'site',
        total: 3,
        counts: { fastpath: 2, direct: 0, gateway: 1, unreachable: 0, pending: 0 },
      },
      {
        source: 'site',
        target: 'spoke',
        total: 1,
        counts: { fastpath: 0, direct: 0, gateway: 1, unreachable: 0, pending: 0 },
      },
      {
        source: 'hub',
        target: 'spoke',
        total: 1,
        counts: { fastpath: 0, direct: 1, gateway: 0, unreachable: 0, pending: 0 },
      },
    ]);
    // f6 stays inside the hub: its box holds it.
    for (const group of groups) expect(group.id.startsWith(GROUP_ID_PREFIX)).toBe(true);
  });

  it('names each line for assistive technology with its counts', () => {
    const hubSite = groupFlows(edges, placeOf, nameOf, none).groups.find((group) => group.source === 'hub')!;
    expect(hubSite.name).toBe('3 flows between Hub and HQ: 2 FastPath, 1 Gateway');
  });

  it('keeps the flows asked for drawn one by one, out of the counts', () => {
    const { drawn, groups } = groupFlows(edges, placeOf, nameOf, (f) => f.source === 'vm3' || f.target === 'vm3');
    expect(drawn.filter((edge) => edge.type === 'flow').map((edge) => edge.id)).toEqual(['f4', 'f5']);
    expect(groups.map((group) => `${group.source}-${group.target}:${group.total}`)).toEqual(['hub-site:3']);
  });

  it('lists the verdicts present in the legend order, and says one flow in the singular', () => {
    const data = { total: 1, counts: { fastpath: 0, direct: 0, gateway: 0, unreachable: 1, pending: 0 } };
    expect(groupParts(data)).toEqual([{ state: 'unreachable', count: 1 }]);
    expect(groupWords('A', 'B', data)).toBe('1 flow between A and B: 1 Unreachable');
  });

  it.each([
    [{ fastpath: 2, direct: 0, gateway: 1, unreachable: 0, pending: 0 }, 'fastpath'],
    [{ fastpath: 1, direct: 0, gateway: 3, unreachable: 0, pending: 0 }, 'gateway'],
    [{ fastpath: 0, direct: 2, gateway: 2, unreachable: 0, pending: 0 }, 'direct'],
    [{ fastpath: 0, direct: 0, gateway: 0, unreachable: 0, pending: 4 }, 'pending'],
  ] as const)('colours a line by the verdict most of its flows have: %o → %s', (counts, state) => {
    expect(mostOf({ counts, total: 0 })).toBe(state);
  });
});
