import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, loadDesign, type DesignEdgeOf } from '../../../engine/index.ts';
import { traceroute } from './traceroute.ts';

const loaded = loadDesign(readFileSync('fixtures/examples/hub-spoke-lab.json', 'utf8'));
if (!loaded.ok) throw new Error('the lab fixture does not load');
const lab = loaded.design;
const flow = (id: string) => lab.edges.find((e): e is DesignEdgeOf<'flow'> => e.id === id && e.kind === 'flow')!;

describe('traceroute', () => {
  it.each([
    {
      pack: 'latest',
      id: 'f-onprem-hub',
      from: 'On-premises (CE router)',
      to: 'Hub VM (10.255.10.4)',
      hops: ['1 MSEE', '2 10.255.10.4'],
    },
    {
      pack: 'latest',
      id: 'f-onprem-spoke',
      from: 'On-premises (CE router)',
      to: 'Spoke VM (10.254.10.4)',
      hops: ['1 MSEE', '2 * * *', '3 10.254.10.4'],
    },
    {
      pack: '2019-05',
      id: 'f-onprem-hub',
      from: 'On-premises (CE router)',
      to: 'Hub VM (10.255.10.4)',
      hops: ['1 MSEE', '2 * * *', '3 10.255.10.4'],
    },
    {
      pack: 'latest',
      id: 'f-hub-onprem',
      from: 'Hub VM',
      to: 'On-premises (CE router)',
      hops: ['1 MSEE', '2 On-premises (CE router)'],
    },
  ] as const)('$id under $pack', ({ pack, id, from, to, hops }) => {
    const trace = traceroute(lab, flow(id), evaluate(lab, { rulesAsOf: pack }).flows[id]!.path);
    expect(trace.from).toBe(from);
    expect(trace.to).toBe(to);
    expect(trace.hops.map((h) => `${h.number} ${h.answer}`)).toEqual(hops);
  });

  it('says which gateway stays silent at the * hop', () => {
    const trace = traceroute(lab, flow('f-onprem-spoke'), evaluate(lab).flows['f-onprem-spoke']!.path);
    const silent = trace.hops.find((h) => h.gateway);
    expect(silent?.note).toBe('ERGW1: the gateway does not answer');
  });

  it('has no hops when there is no route', () => {
    expect(traceroute(lab, flow('f-onprem-hub'), [{ nodeId: 'onprem', label: 'x' }]).hops).toEqual([]);
  });
});
