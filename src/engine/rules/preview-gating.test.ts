import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.28 (engine policy) and the `pv` cells of section 2: preview and limited-GA features
// count as FastPath only when the design sets `allowPreviews`; otherwise they evaluate to gateway
// (the feature's own rule says why). With previews allowed, in the packs that have previews
// (2021-08 to 2025-03), the design gets an info on each FastPath connection that enrolment is assumed.

const RULE = 'preview-gating';

const toSpoke =
  (options: BaseOptions = {}) =>
  () =>
    baseDesign({ circuit: DIRECT_100G, ...options }).flow('f', 'onprem', 'spokevm');
const scaleGateway = {
  gateway: { sku: 'ErGwScale', scaleUnits: 10 },
  hub: { region: 'northeurope' },
  spoke: { region: 'northeurope' },
};

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    // Previews allowed: counted as FastPath, design info on the connection.
    {
      name: 'spoke VM, Direct (public preview)',
      pack: '2021-08',
      previews: true,
      design: toSpoke(),
      verdict: 'fastpath',
      fires: 'conn1',
      severity: 'info',
    },
    {
      name: 'spoke VM, Direct (preview)',
      pack: '2022',
      previews: true,
      design: toSpoke(),
      verdict: 'fastpath',
      fires: 'conn1',
    },
    {
      name: 'spoke VM, Direct (preview)',
      pack: '2023-01',
      previews: true,
      design: toSpoke(),
      verdict: 'fastpath',
      fires: 'conn1',
    },
    {
      name: 'spoke VM, Direct (limited GA)',
      pack: '2023-11',
      previews: true,
      design: toSpoke(),
      verdict: 'fastpath',
      fires: 'conn1',
    },
    {
      name: 'spoke VM, Direct (limited GA)',
      pack: '2024-03',
      previews: true,
      design: toSpoke(),
      verdict: 'fastpath',
      fires: 'conn1',
    },
    {
      name: 'hub VM behind ErGwScale 10 SU (preview)',
      pack: '2025-03',
      previews: true,
      design: () => baseDesign(scaleGateway).flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: 'conn1',
    },
    {
      name: 'spoke VM, Direct (GA; Private Link still limited GA in this pack)',
      pack: '2024-06',
      previews: true,
      design: toSpoke(),
      verdict: 'fastpath',
      fires: 'conn1',
    },
    // Previews not allowed: pv cells are gateway, no design info.
    { name: 'spoke VM, Direct (public preview)', pack: '2021-08', design: toSpoke(), verdict: 'gateway', fires: false },
    { name: 'spoke VM, Direct (preview)', pack: '2022', design: toSpoke(), verdict: 'gateway', fires: false },
    { name: 'spoke VM, Direct (limited GA)', pack: '2024-03', design: toSpoke(), verdict: 'gateway', fires: false },
    {
      name: 'hub VM behind ErGwScale 10 SU (preview)',
      pack: '2025-03',
      design: () => baseDesign(scaleGateway).flow('f', 'onprem', 'hubvm'),
      verdict: 'gateway',
      fires: false,
    },
    // Previews allowed but nothing in preview: the verdict is not changed, no info.
    {
      name: 'spoke VM, Direct (no previews in this pack)',
      pack: '2020-03',
      previews: true,
      design: toSpoke(),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'spoke VM, Direct (GA, no previews left)',
      pack: '2025-11',
      previews: true,
      design: toSpoke(),
      verdict: 'fastpath',
      fires: false,
    },
    { name: 'spoke VM, Direct', pack: 'latest', previews: true, design: toSpoke(), verdict: 'fastpath', fires: false },
    {
      name: 'spoke VM, provider: gateway (preview is Direct only); the notice is per FastPath connection',
      pack: '2022',
      previews: true,
      design: toSpoke({ circuit: { circuitType: 'provider', bandwidthMbps: 1000, sku: 'Standard', portId: '' } }),
      verdict: 'gateway',
      fires: 'conn1',
    },
    {
      name: 'spoke VM, Direct, FastPath off',
      pack: '2022',
      previews: true,
      design: toSpoke({ connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
  ],
};

describe(RULE, () => {
  it.each(ruleCases(RULE, TABLE))('%s', (_title, c) => {
    const { actual, expected } = observe(RULE, TABLE.scope, c);
    expect(actual).toEqual(expected);
  });
});
