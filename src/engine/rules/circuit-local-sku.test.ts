import { describe, expect, it } from 'vitest';
import { addHub, baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.5: no document restricts FastPath by circuit SKU, so a Local circuit keeps FastPath;
// the design gets an info about the Local circuit's regional scope. Scenario 28. A connection to a
// gateway outside the peering location's local region carries nothing: unreachable, and an error.

const RULE = 'circuit-local-sku';

const to =
  (dest: string, options: BaseOptions = {}) =>
  () =>
    baseDesign(options).flow('f', 'onprem', dest);
const local = (extra: Record<string, unknown> = {}) => ({ circuit: { ...extra, sku: 'Local' } });

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    {
      name: 'hub VM over a Local provider circuit',
      pack: 'latest',
      design: to('hubvm', local()),
      verdict: 'fastpath',
      fires: 'er1',
      severity: 'info',
    },
    {
      name: 'hub VM over a Local provider circuit',
      pack: '2020-03',
      design: to('hubvm', local()),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'hub VM over a Local Direct circuit',
      pack: '2019-05',
      design: to('hubvm', local(DIRECT_100G)),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'spoke VM over a Local Direct circuit (same FastPath features)',
      pack: 'latest',
      design: to('spokevm', local(DIRECT_100G)),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'spoke VM over a Local provider circuit (spoke rule, not the SKU)',
      pack: 'latest',
      design: to('spokevm', local()),
      verdict: 'gateway',
      fires: { design: ['er1'], flow: [] },
    },
    {
      name: 'Local circuit with FastPath off',
      pack: 'latest',
      design: to('hubvm', { ...local(), connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: 'er1',
    },
    // Outside the peering location's local region (model/peering-locations.ts): refused.
    {
      name: 'hub VM in North Europe over a Local circuit at Amsterdam (local: West Europe)',
      pack: 'latest',
      design: to('hubvm', { ...local(), hub: { region: 'northeurope' }, spoke: false }),
      verdict: 'unreachable',
      fires: { design: ['conn1', 'er1'], flow: ['conn1'] },
      decisive: true,
    },
    {
      name: 'the same, in the oldest pack',
      pack: '2019-05',
      design: to('hubvm', { ...local(DIRECT_100G), hub: { region: 'northeurope' }, spoke: false }),
      verdict: 'unreachable',
      fires: { design: ['conn1', 'er1'], flow: ['conn1'] },
    },
    {
      name: 'spoke VM in West Europe behind a North Europe hub, Local circuit at Amsterdam',
      pack: 'latest',
      design: to('spokevm', { ...local(), hub: { region: 'northeurope' } }),
      verdict: 'unreachable',
      fires: { design: ['conn1', 'er1'], flow: ['conn1'] },
      decisive: true,
    },
    {
      name: 'a Direct port named by operator, metro and site ("Equinix-Amsterdam-AM5"), hub in UK South',
      pack: 'latest',
      design: to('hubvm', {
        ...local({ ...DIRECT_100G, peeringLocation: 'Equinix-Amsterdam-AM5' }),
        hub: { region: 'uksouth' },
        spoke: false,
      }),
      verdict: 'unreachable',
      fires: { design: ['conn1', 'er1'], flow: ['conn1'] },
    },
    {
      name: 'Washington DC has two local regions: a hub in East US 2 is local',
      pack: 'latest',
      design: to('hubvm', { ...local({ peeringLocation: 'Washington DC' }), hub: { region: 'eastus2' } }),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'a peering location the table does not know: nothing refused on a guess',
      pack: 'latest',
      design: to('hubvm', { ...local({ peeringLocation: 'Atlantis' }), hub: { region: 'northeurope' } }),
      verdict: 'fastpath',
      fires: 'er1',
    },
    {
      name: 'a second, local hub still gets FastPath; only the far connection is refused',
      pack: 'latest',
      design: () => {
        const draft = baseDesign(local());
        addHub(draft, 'far', { region: 'northeurope' });
        return draft.flow('f', 'onprem', 'hubvm');
      },
      verdict: 'fastpath',
      fires: { design: ['er1', 'farconn'], flow: [] },
      decisive: false,
    },
    {
      name: 'a Standard circuit in the same place reaches the far hub, which the Local one cannot',
      pack: 'latest',
      design: () =>
        baseDesign({ ...local(), hub: { region: 'northeurope' }, spoke: false })
          .node('er2', 'circuit', {
            circuitType: 'provider',
            bandwidthMbps: 1000,
            sku: 'Standard',
            peeringLocation: 'Amsterdam',
          })
          .edge('link2', 'circuitLink', 'onprem', 'er2')
          .edge('conn2', 'connection', 'gw1', 'er2', { fastPath: true })
          .flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: { design: ['conn1', 'er1'], flow: [] },
    },
    {
      name: 'a Standard circuit at Amsterdam connected to North Europe',
      pack: 'latest',
      design: to('hubvm', { hub: { region: 'northeurope' } }),
      verdict: 'fastpath',
      fires: false,
    },
    // Neighbouring SKUs.
    { name: 'hub VM over a Standard circuit', pack: 'latest', design: to('hubvm'), verdict: 'fastpath', fires: false },
    {
      name: 'hub VM over a Premium circuit',
      pack: 'latest',
      design: to('hubvm', { circuit: { sku: 'Premium' } }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub VM over a Premium Direct circuit',
      pack: '2019-05',
      design: to('hubvm', { circuit: DIRECT_100G }),
      verdict: 'fastpath',
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
