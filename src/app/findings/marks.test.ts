import { describe, expect, it } from 'vitest';
import { finding, flow, result } from './testing.ts';
import { flowSummary } from './flow-summary.ts';
import { findingMarks, findingsWords, flowMark } from './marks.ts';

describe('the per-flow summary', () => {
  it.each([
    {
      name: 'not evaluated yet',
      outcome: undefined,
      expected: { findings: 0, worst: undefined, expectationBroken: false },
    },
    {
      name: 'nothing to say',
      outcome: flow([]),
      expected: { findings: 0, worst: undefined, expectationBroken: false },
    },
    {
      name: 'one note',
      outcome: flow([finding('r', 'gw', 'info')]),
      expected: { findings: 1, worst: 'info', expectationBroken: false },
    },
    {
      name: 'the worst of several',
      outcome: flow([finding('a', 'gw', 'info'), finding('b', 'gw', 'warning'), finding('c', 'conn', 'info')]),
      expected: { findings: 3, worst: 'warning', expectationBroken: false },
    },
    {
      name: 'a repeated report counts once',
      outcome: flow([finding('a', 'gw', 'warning'), finding('a', 'gw', 'warning')]),
      expected: { findings: 1, worst: 'warning', expectationBroken: false },
    },
    {
      name: 'a kept expectation',
      outcome: flow([finding('a', 'gw', 'info')], true),
      expected: { findings: 1, worst: 'info', expectationBroken: false },
    },
    {
      name: 'a broken expectation, not counted as a finding',
      outcome: flow([finding('a', 'gw', 'info')], false),
      expected: { findings: 1, worst: 'info', expectationBroken: true },
    },
  ])('$name', ({ outcome, expected }) => {
    expect(flowSummary(outcome)).toEqual(expected);
  });
});

describe('the marker on a flow', () => {
  it.each([
    { name: 'none without findings', outcome: flow([]), expected: undefined },
    {
      name: 'its findings, each once, and the worst',
      outcome: flow([finding('a', 'gw', 'info'), finding('b', 'gw', 'warning'), finding('b', 'gw', 'warning')]),
      expected: { count: 2, worst: 'warning' },
    },
    {
      name: 'a broken expectation alone is an error',
      outcome: flow([], false),
      expected: { count: 1, worst: 'error' },
    },
    {
      name: 'a broken expectation adds an error to the count',
      outcome: flow([finding('a', 'gw', 'info')], false),
      expected: { count: 2, worst: 'error' },
    },
    {
      name: 'a kept expectation adds nothing',
      outcome: flow([finding('a', 'gw', 'info')], true),
      expected: { count: 1, worst: 'info' },
    },
  ])('$name', ({ outcome, expected }) => {
    expect(flowMark(outcome)).toEqual(expected);
    // The count on the line is the list's count plus the broken expectation.
    const summary = flowSummary(outcome);
    expect(expected?.count ?? 0).toBe(summary.findings + (summary.expectationBroken ? 1 : 0));
  });
});

describe('the markers on nodes and edges', () => {
  it.each([
    { name: 'nothing to mark', input: result([]), expected: {} },
    {
      name: 'a design finding',
      input: result([finding('a', 'gw', 'warning')]),
      expected: { gw: { count: 1, worst: 'warning' } },
    },
    {
      name: 'several on one node: counted, and the worst kept',
      input: result([finding('a', 'gw', 'info'), finding('b', 'gw', 'error'), finding('c', 'gw', 'warning')]),
      expected: { gw: { count: 3, worst: 'error' } },
    },
    {
      name: 'a finding reported by two flows counts once on its subject; each flow counts it too',
      input: result([], { f1: flow([finding('a', 'conn', 'warning')]), f2: flow([finding('a', 'conn', 'warning')]) }),
      expected: {
        conn: { count: 1, worst: 'warning' },
        f1: { count: 1, worst: 'warning' },
        f2: { count: 1, worst: 'warning' },
      },
    },
    {
      name: 'a design finding repeated by a flow counts once',
      input: result([finding('a', 'gw', 'info')], { f1: flow([finding('a', 'gw', 'info')]) }),
      expected: { gw: { count: 1, worst: 'info' }, f1: { count: 1, worst: 'info' } },
    },
    {
      name: 'a finding about a flow marks the flow by its own findings, not twice',
      input: result([finding('d', 'f1', 'warning')], { f1: flow([finding('a', 'f1', 'info')], false) }),
      expected: { f1: { count: 2, worst: 'error' } },
    },
    {
      name: 'the same rule on two subjects marks both',
      input: result([finding('a', 'gw1', 'warning'), finding('a', 'gw2', 'warning')]),
      expected: { gw1: { count: 1, worst: 'warning' }, gw2: { count: 1, worst: 'warning' } },
    },
  ])('$name', ({ input, expected }) => {
    expect(Object.fromEntries(findingMarks(input))).toEqual(expected);
  });
});

describe('the words for a marker', () => {
  it.each([
    { mark: { count: 1, worst: 'info' }, words: '1 finding' },
    { mark: { count: 2, worst: 'info' }, words: '2 findings' },
    { mark: { count: 1, worst: 'warning' }, words: '1 finding, worst: warning' },
    { mark: { count: 3, worst: 'error' }, words: '3 findings, worst: error' },
  ] as const)('$words', ({ mark, words }) => {
    expect(findingsWords(mark)).toBe(words);
  });
});
