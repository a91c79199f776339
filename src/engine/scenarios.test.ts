import { describe, expect, it } from 'vitest';
import { PACK_IDS } from './model/packs.ts';
import { decisiveProblems } from './testing/decisive.ts';
import { SCENARIOS } from './testing/scenarios.ts';

// RULES.md section 6: every worked scenario (testing/scenarios.ts), in every pack its row names.

const keys = (findings: { ruleId: string; subject: string }[]) => findings.map((f) => `${f.ruleId}@${f.subject}`);

describe('RULES.md section 6 scenarios', () => {
  for (const scenario of SCENARIOS) {
    describe(`${scenario.n}. ${scenario.title}`, () => {
      it.each(
        scenario.expect.map((e) => [`${e.pack}${e.previews ? ' (previews allowed)' : ''} → ${e.verdict}`, e] as const),
      )('%s', (_name, e) => {
        const result = scenario
          .design()
          .previews(e.previews ?? false)
          .evaluate(e.pack);
        const flow = result.flows[scenario.flow]!;
        expect(flow.verdict).toBe(e.verdict);
        if (e.hops) expect(flow.path.slice(1).map((h) => h.label)).toEqual(e.hops);
        if (e.flowFindings) expect(keys(flow.findings)).toEqual(expect.arrayContaining(e.flowFindings));
        if (e.designFindings) expect(keys(result.findings)).toEqual(expect.arrayContaining(e.designFindings));
        for (const ruleId of e.absent ?? []) {
          expect([...flow.findings, ...result.findings].map((f) => f.ruleId)).not.toContain(ruleId);
        }
      });
    });
  }
});

describe('decisive findings in every scenario', () => {
  // Beyond the packs each scenario names: every pack, with and without previews, so no verdict in
  // any pack is left without the finding that decided it.
  it.each(SCENARIOS.map((scenario) => [scenario.n, scenario] as const))('scenario %i', (_n, scenario) => {
    for (const pack of PACK_IDS) {
      for (const previews of [false, true]) {
        const result = scenario.design().previews(previews).evaluate(pack);
        expect(decisiveProblems(result), `${pack}, previews ${previews}`).toEqual([]);
      }
    }
  });
});
