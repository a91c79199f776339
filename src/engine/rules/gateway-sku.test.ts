import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';
import type { PackId } from '../model/packs.ts';

// RULES.md 3.3 and the section 2 row "Eligible gateway SKUs": Ultra Performance and ErGw3AZ in
// every pack; ErGwScale with at least 10 scale units from 2025-03 (preview there, GA from 2025-11);
// Standard, HighPerformance, ErGw1AZ, ErGw2AZ never. A FastPath connection on an ineligible gateway
// is a design error and its flows go through the gateway. ErGwScale in a region where it is not
// offered is a design error too (2025-06/11 exclusions include West Europe and West US 2).
// Scenarios 16, 17 and 18.

const RULE = 'gateway-sku';

const hubVm =
  (gateway: Record<string, unknown>, options: BaseOptions = {}) =>
  () =>
    baseDesign({ gateway, ...options }).flow('f', 'onprem', 'hubvm');
const inRegion = (region: string) => ({ hub: { region }, spoke: { region } });
const scale = (scaleUnits: number) => ({ sku: 'ErGwScale', scaleUnits });
const both = { flow: ['gw1'], design: ['gw1'] };

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // Always eligible.
    { name: 'ErGw3AZ', pack: 'latest', design: hubVm({ sku: 'ErGw3AZ' }), verdict: 'fastpath', fires: false },
    {
      name: 'UltraPerformance',
      pack: 'latest',
      design: hubVm({ sku: 'UltraPerformance' }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'UltraPerformance, Direct',
      pack: '2019-05',
      design: hubVm({ sku: 'UltraPerformance' }, { circuit: DIRECT_100G }),
      verdict: 'fastpath',
      fires: false,
    },
    { name: 'ErGw3AZ', pack: '2020-03', design: hubVm({ sku: 'ErGw3AZ' }), verdict: 'fastpath', fires: false },
    // Never eligible.
    {
      name: 'Standard',
      pack: 'latest',
      design: hubVm({ sku: 'Standard' }),
      verdict: 'gateway',
      fires: both,
      severity: 'error',
      hops: ['MSEE', '*', '10.255.10.4'],
      decisive: true,
    },
    {
      name: 'Standard: the design error',
      pack: 'latest',
      design: hubVm({ sku: 'Standard' }),
      verdict: 'gateway',
      fires: { design: ['gw1'] },
      severity: 'error',
    },
    {
      name: 'Standard',
      pack: '2020-03',
      design: hubVm({ sku: 'Standard' }),
      verdict: 'gateway',
      fires: both,
      decisive: true,
    },
    {
      name: 'HighPerformance',
      pack: '2023-11',
      design: hubVm({ sku: 'HighPerformance' }),
      verdict: 'gateway',
      fires: both,
    },
    { name: 'ErGw1AZ', pack: 'latest', design: hubVm({ sku: 'ErGw1AZ' }), verdict: 'gateway', fires: both },
    {
      name: 'ErGw2AZ, Direct',
      pack: '2019-05',
      design: hubVm({ sku: 'ErGw2AZ' }, { circuit: DIRECT_100G }),
      verdict: 'gateway',
      fires: both,
    },
    {
      name: 'ErGw2AZ, spoke VM over Direct',
      pack: 'latest',
      design: () => hubVm({ sku: 'ErGw2AZ' }, { circuit: DIRECT_100G })().remove('f').flow('f', 'onprem', 'spokevm'),
      verdict: 'gateway',
      fires: both,
      decisive: true,
    },
    {
      name: 'Standard with FastPath off (nothing to refuse)',
      pack: 'latest',
      design: hubVm({ sku: 'Standard' }, { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'Standard, VM to on-premises: outbound flow untouched, design error stays',
      pack: 'latest',
      design: () => hubVm({ sku: 'Standard' })().remove('f').flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: { flow: [], design: ['gw1'] },
      decisive: false,
    },
    // ErGwScale (northeurope: offered in every list).
    {
      name: 'ErGwScale 12 SU (not an eligible SKU before 2025-03)',
      pack: '2024-11',
      design: hubVm(scale(12), inRegion('northeurope')),
      verdict: 'gateway',
      fires: both,
    },
    {
      name: 'ErGwScale 8 SU',
      pack: '2020-03',
      design: hubVm(scale(8), inRegion('northeurope')),
      verdict: 'gateway',
      fires: both,
    },
    {
      name: 'ErGwScale 10 SU, previews off (preview)',
      pack: '2025-03',
      design: hubVm(scale(10), inRegion('northeurope')),
      verdict: 'gateway',
      fires: { flow: ['gw1'], design: [] },
      decisive: true,
    },
    {
      name: 'ErGwScale 10 SU, previews on (preview)',
      pack: '2025-03',
      previews: true,
      design: hubVm(scale(10), inRegion('northeurope')),
      verdict: 'fastpath',
      fires: { flow: ['gw1'], design: [] },
      decisive: false,
    },
    {
      name: 'ErGwScale 9 SU, previews on (needs 10)',
      pack: '2025-03',
      previews: true,
      design: hubVm(scale(9), inRegion('northeurope')),
      verdict: 'gateway',
      fires: both,
      decisive: true,
    },
    {
      name: 'ErGwScale 10 SU (GA)',
      pack: '2025-11',
      design: hubVm(scale(10), inRegion('northeurope')),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'ErGwScale 10 SU',
      pack: 'latest',
      design: hubVm(scale(10), inRegion('northeurope')),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'ErGwScale 40 SU',
      pack: 'latest',
      design: hubVm(scale(40), inRegion('northeurope')),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'ErGwScale 9 SU',
      pack: 'latest',
      design: hubVm(scale(9), inRegion('northeurope')),
      verdict: 'gateway',
      fires: both,
    },
    {
      name: 'ErGwScale 8 SU',
      pack: 'latest',
      design: hubVm(scale(8), inRegion('northeurope')),
      verdict: 'gateway',
      fires: both,
      decisive: true,
    },
    // ErGwScale regions.
    {
      name: 'ErGwScale 12 SU in westeurope (excluded): FastPath fine, design invalid',
      pack: 'latest',
      design: hubVm(scale(12)),
      verdict: 'fastpath',
      fires: { flow: [], design: ['gw1'] },
      severity: 'error',
      decisive: false,
    },
    {
      name: 'ErGwScale 12 SU in westus2 (excluded from 2025-06)',
      pack: 'latest',
      design: hubVm(scale(12), inRegion('westus2')),
      verdict: 'fastpath',
      fires: { flow: [], design: ['gw1'] },
    },
    {
      name: 'ErGwScale 12 SU in eastus2 (excluded from 2025-11)',
      pack: '2025-11',
      design: hubVm(scale(12), inRegion('eastus2')),
      verdict: 'fastpath',
      fires: { flow: [], design: ['gw1'] },
    },
    {
      name: 'ErGwScale 12 SU in westus2 (a 2024-08 preview region), previews on',
      pack: '2025-03',
      previews: true,
      design: hubVm(scale(12), inRegion('westus2')),
      verdict: 'fastpath',
      fires: { flow: ['gw1'], design: [] },
      decisive: false,
    },
    {
      name: 'ErGwScale 12 SU in swedencentral (offered)',
      pack: 'latest',
      design: hubVm(scale(12), inRegion('swedencentral')),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'ErGwScale 12 SU in westeurope with FastPath off: still not offered there',
      pack: 'latest',
      design: hubVm(scale(12), { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: { flow: [], design: ['gw1'] },
    },
  ],
};

describe(RULE, () => {
  it.each(ruleCases(RULE, TABLE))('%s', (_title, c) => {
    const { actual, expected } = observe(RULE, TABLE.scope, c);
    expect(actual).toEqual(expected);
  });
});

// One cause, one finding: a FastPath connection on a gateway that cannot run FastPath used to
// give an error on the design and a warning with the same fix on each flow. The flows now repeat
// the design's error word for word, marked decisive, so the findings panel (which merges by rule,
// subject and message) shows one row, and the flows still name what decided their verdict.
describe(`${RULE}: one cause, one finding`, () => {
  const key = (f: { ruleId: string; subject: string; message: string }) => `${f.ruleId}|${f.subject}|${f.message}`;

  it.each([
    ['Standard', 'latest', { sku: 'Standard' }],
    ['ErGw2AZ', '2024-06', { sku: 'ErGw2AZ' }],
    ['ErGwScale with 8 units', 'latest', { sku: 'ErGwScale', scaleUnits: 8 }],
    ['ErGwScale before 2025-03', '2024-11', { sku: 'ErGwScale', scaleUnits: 12 }],
  ] as const)('%s (%s)', (_name, pack, gateway) => {
    const result = baseDesign({ gateway, hub: { region: 'northeurope' }, spoke: { region: 'northeurope' } })
      .flow('f', 'onprem', 'hubvm')
      .flow('g', 'onprem', 'spokevm')
      .evaluate(pack);
    const design = result.findings.filter((f) => f.ruleId === RULE);
    const perFlow = ['f', 'g'].map((id) => result.flows[id]!.findings.filter((f) => f.ruleId === RULE));
    expect(design).toHaveLength(1);
    for (const findings of perFlow) {
      expect(findings).toEqual([{ ...design[0], decisive: true }]);
    }
    const all = [...design, ...perFlow.flat()];
    expect(new Set(all.map(key)).size).toBe(1);
    expect(all.every((f) => f.severity === 'error')).toBe(true);
  });
});

// The fix names what FastPath needs in that pack: ErGwScale only from 2025-03 (a preview there),
// and only with its scale units at 10 or more, which a new ErGwScale gateway does not have.
describe(`${RULE}: what to change`, () => {
  const fix = (pack: PackId, gateway: Record<string, unknown>, region = 'northeurope') =>
    baseDesign({ gateway, hub: { region }, spoke: { region } })
      .evaluate(pack)
      .findings.find((f) => f.ruleId === RULE)?.remediation;

  it.each([
    [
      'Standard, latest',
      'latest',
      { sku: 'Standard' },
      'northeurope',
      'Resize the gateway to ErGw3AZ or Ultra Performance, or move it to ErGwScale with the migration tool and ' +
        'set its scale units (the autoscale minimum) to at least 10: below 10 FastPath stays off; ' +
        'an ErGwScale gateway has 1 scale unit unless set otherwise.',
    ],
    [
      'ErGw1AZ, latest: upgraded in place',
      'latest',
      { sku: 'ErGw1AZ' },
      'northeurope',
      'Resize the gateway to ErGw3AZ or Ultra Performance, or upgrade it in place to ErGwScale and ' +
        'set its scale units (the autoscale minimum) to at least 10: below 10 FastPath stays off; ' +
        'an ErGwScale gateway has 1 scale unit unless set otherwise.',
    ],
    [
      'ErGw2AZ, 2025-03: ErGwScale is a preview there',
      '2025-03',
      { sku: 'ErGw2AZ' },
      'northeurope',
      'Resize the gateway to ErGw3AZ or Ultra Performance, or upgrade it in place to ErGwScale and ' +
        'set its scale units (the autoscale minimum) to at least 10: below 10 FastPath stays off; ' +
        'an ErGwScale gateway has 1 scale unit unless set otherwise. ' +
        'In this pack FastPath on ErGwScale is a preview: it counts only when the design allows previews.',
    ],
    [
      'HighPerformance in westeurope, where ErGwScale is not offered',
      'latest',
      { sku: 'HighPerformance' },
      'westeurope',
      'Resize the gateway to ErGw3AZ or Ultra Performance: ErGwScale is not available in westeurope.',
    ],
    [
      'ErGwScale with the default 1 unit',
      'latest',
      { sku: 'ErGwScale' },
      'northeurope',
      "Raise the gateway's scale units from 1 to at least 10 (the autoscale minimum counts), " +
        'or resize it to ErGw3AZ or Ultra Performance.',
    ],
    [
      'Standard before 2025-03: ErGwScale is no FastPath SKU yet',
      '2024-11',
      { sku: 'Standard' },
      'northeurope',
      'Resize the gateway to ErGw3AZ or Ultra Performance, the only FastPath SKUs in this documentation.',
    ],
    [
      'ErGwScale before 2025-03',
      '2024-06',
      { sku: 'ErGwScale', scaleUnits: 12 },
      'northeurope',
      'Resize the gateway to ErGw3AZ or Ultra Performance, the only FastPath SKUs in this documentation ' +
        '(ErGwScale qualifies, with at least 10 scale units, from the 2025-03 pack).',
    ],
  ] as const)('%s', (_name, pack, gateway, region, expected) => {
    expect(fix(pack, gateway, region)).toBe(expected);
  });

  it('following the fix for ErGwScale (10 units) gives FastPath; the default 1 unit does not', () => {
    const verdict = (scaleUnits?: number) =>
      baseDesign({
        gateway: { sku: 'ErGwScale', ...(scaleUnits ? { scaleUnits } : {}) },
        hub: { region: 'northeurope' },
      })
        .flow('f', 'onprem', 'hubvm')
        .flowResult('f', 'latest').verdict;
    expect(verdict()).toBe('gateway');
    expect(verdict(10)).toBe('fastpath');
  });
});
