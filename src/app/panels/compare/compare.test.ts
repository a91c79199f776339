import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, loadDesign, type Design } from '../../../engine/index.ts';
import { compareEvaluations, defaultComparePack, olderPack } from './compare.ts';

function lab(): Design {
  const loaded = loadDesign(readFileSync('fixtures/examples/hub-spoke-lab.json', 'utf8'));
  if (!loaded.ok) throw new Error('the lab fixture does not load');
  return loaded.design;
}

describe('comparing two rule packs', () => {
  const design = lab();

  it.each([
    // Provider circuits got FastPath only after May 2019: the two flows into the hub change.
    {
      first: 'latest',
      second: '2019-05',
      changed: { 'f-onprem-hub': ['fastpath', 'gateway'], 'f-remote-hub': ['fastpath', 'gateway'] },
      addedRule: 'circuit-direct-only-2019',
    },
    {
      first: '2019-05',
      second: 'latest',
      changed: { 'f-onprem-hub': ['gateway', 'fastpath'], 'f-remote-hub': ['gateway', 'fastpath'] },
      addedRule: 'flow-logs',
    },
    { first: 'latest', second: 'latest', changed: {}, addedRule: null },
  ] as const)('$first → $second', ({ first, second, changed, addedRule }) => {
    const comparison = compareEvaluations(
      design,
      evaluate(design, { rulesAsOf: first }),
      evaluate(design, { rulesAsOf: second }),
    );
    expect(Object.fromEntries(comparison.changes.map((c) => [c.flowId, [c.from, c.to]]))).toEqual(changed);
    expect(comparison.unchanged + comparison.changes.length).toBe(6);
    for (const change of comparison.changes) {
      expect(change.name).toContain('→');
      if (addedRule) expect(change.added.map((f) => f.ruleId)).toContain(addedRule);
    }
  });

  it('names the finding that went away as the reason when the second pack is more lenient', () => {
    const comparison = compareEvaluations(
      design,
      evaluate(design, { rulesAsOf: '2019-05' }),
      evaluate(design, { rulesAsOf: 'latest' }),
    );
    for (const change of comparison.changes)
      expect(change.dropped.map((f) => f.ruleId)).toContain('circuit-direct-only-2019');
  });
});

describe('which pack to compare with', () => {
  it.each([
    ['latest', '2025-11', '2025-11'],
    ['2025-11', '2025-03', '2025-03'],
    ['2020-03', '2019-05', '2019-05'],
    ['2019-05', '2020-03', null],
  ] as const)('a design on %s opens against %s; the pack before it is %s', (own, first, older) => {
    expect(defaultComparePack(own)).toBe(first);
    expect(olderPack(own)).toBe(older);
  });
});
