import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.16 and the section 2 rows "IPv6 flow, provider circuit / Direct, hub": an AZ gateway
// (ErGw3AZ) from the early-2021 note on; Direct only in 2021 and again from 2025-11; UDR not for
// IPv6 in the 2022/2023-01 previews and in the latest revision, Private Link IPv4 only in the
// latest revision. Scenarios 22 and 23.

const RULE = 'ipv6';

const v6 = { ipVersion: 6 };
const toHubVm =
  (options: BaseOptions = {}, flow: Record<string, unknown> = v6) =>
  () =>
    baseDesign(options).flow('f', 'onprem', 'hubvm', flow);
const direct = { circuit: DIRECT_100G };
const ultra = { gateway: { sku: 'UltraPerformance' } };
const viaUdr =
  (options: BaseOptions = {}) =>
  () =>
    baseDesign({ circuit: DIRECT_100G, gateway: { udrNextHopId: 'nva1' }, ...options })
      .node('nva1', 'nva', { product: 'azureFirewall', ip: '10.255.1.4' }, 'hub')
      .flow('f', 'onprem', 'hubvm', v6);
const toKeyVault =
  (options: BaseOptions = {}) =>
  () =>
    baseDesign({ circuit: DIRECT_100G, connection: { privateLinkFastPath: true }, ...options })
      .node('pe', 'privateEndpoint', { service: 'KeyVault', ip: '10.255.5.4' }, 'hub')
      .flow('f', 'onprem', 'pe', v6);

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // Provider circuit, ErGw3AZ.
    { name: 'IPv6 to hub VM, provider (n/s)', pack: '2020-03', design: toHubVm(), verdict: 'fastpath', fires: false },
    {
      name: 'IPv6 to hub VM, provider (Direct only)',
      pack: '2021-03',
      design: toHubVm(),
      verdict: 'gateway',
      fires: 'er1',
      decisive: true,
    },
    {
      name: 'IPv6 to hub VM, provider (Direct only)',
      pack: '2021-08',
      design: toHubVm(),
      verdict: 'gateway',
      fires: 'er1',
    },
    { name: 'IPv6 to hub VM, provider (n/s)', pack: '2022', design: toHubVm(), verdict: 'fastpath', fires: false },
    { name: 'IPv6 to hub VM, provider (n/s)', pack: '2025-03', design: toHubVm(), verdict: 'fastpath', fires: false },
    {
      name: 'IPv6 to hub VM, provider (provider circuits IPv4 only)',
      pack: '2025-11',
      design: toHubVm(),
      verdict: 'gateway',
      fires: 'er1',
    },
    {
      name: 'IPv6 to hub VM, provider (provider circuits IPv4 only)',
      pack: 'latest',
      design: toHubVm(),
      verdict: 'gateway',
      fires: 'er1',
      decisive: true,
    },
    { name: 'IPv4 to hub VM, provider', pack: 'latest', design: toHubVm({}, {}), verdict: 'fastpath', fires: false },
    { name: 'IPv4 to hub VM, provider', pack: '2021-03', design: toHubVm({}, {}), verdict: 'fastpath', fires: false },
    // Direct circuit, hub VM.
    {
      name: 'IPv6 to hub VM, Direct, ErGw3AZ',
      pack: '2021-03',
      design: toHubVm(direct),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'IPv6 to hub VM, Direct, ErGw3AZ',
      pack: '2022',
      design: toHubVm(direct),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'IPv6 to hub VM, Direct, ErGw3AZ',
      pack: 'latest',
      design: toHubVm(direct),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'IPv6 to hub VM, Direct, ErGwScale 10 SU (AZ SKU)',
      pack: 'latest',
      design: toHubVm({ ...direct, gateway: { sku: 'ErGwScale', scaleUnits: 10 }, hub: { region: 'northeurope' } }),
      verdict: 'fastpath',
      fires: false,
    },
    // The AZ gateway requirement (early-2021 note; kept as an inference later).
    {
      name: 'IPv6 to hub VM, Direct, Ultra Performance (not an AZ SKU)',
      pack: '2020-03',
      design: toHubVm({ ...direct, ...ultra }),
      verdict: 'gateway',
      fires: 'gw1',
      confidence: 'documented',
    },
    {
      name: 'IPv6 to hub VM, Direct, Ultra Performance',
      pack: '2021-03',
      design: toHubVm({ ...direct, ...ultra }),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'IPv6 to hub VM, Direct, Ultra Performance (check kept, inference)',
      pack: 'latest',
      design: toHubVm({ ...direct, ...ultra }),
      verdict: 'gateway',
      fires: 'gw1',
      confidence: 'inference',
      decisive: true,
    },
    {
      name: 'IPv6 to hub VM, provider, Ultra Performance (AZ SKU and Direct both missing)',
      pack: '2021-03',
      design: toHubVm(ultra),
      verdict: 'gateway',
      fires: ['gw1', 'er1'],
      decisive: true,
    },
    {
      name: 'IPv4 to hub VM, Direct, Ultra Performance',
      pack: 'latest',
      design: toHubVm({ ...direct, ...ultra }, {}),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'IPv6 to hub VM, Direct, Ultra Performance (IPv6 n/s in 2019)',
      pack: '2019-05',
      design: toHubVm({ ...direct, ...ultra }),
      verdict: 'fastpath',
      fires: false,
    },
    // UDR on the GatewaySubnet (Direct): not for IPv6 in the 2022/2023-01 previews and in the latest revision.
    {
      name: 'IPv6 via a GatewaySubnet UDR, Direct, previews on',
      pack: '2022',
      previews: true,
      design: viaUdr(),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'IPv6 via a GatewaySubnet UDR, Direct, previews on',
      pack: '2023-01',
      previews: true,
      design: viaUdr(),
      verdict: 'gateway',
      fires: 'gw1',
    },
    {
      name: 'IPv6 via a GatewaySubnet UDR, Direct (n/s)',
      pack: '2024-06',
      design: viaUdr(),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'IPv6 via a GatewaySubnet UDR, Direct (first 2025-11 revision: all features incl. IPv6)',
      pack: '2025-11',
      design: viaUdr(),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'IPv6 via a GatewaySubnet UDR, Direct (UDR IPv4 only)',
      pack: 'latest',
      design: viaUdr(),
      verdict: 'gateway',
      fires: 'gw1',
      decisive: true,
    },
    {
      name: "IPv6 to the UDR's own NVA, Direct (no UDR hop)",
      pack: 'latest',
      design: () => viaUdr()().remove('f').flow('f', 'onprem', 'nva1', v6),
      verdict: 'fastpath',
      fires: false,
    },
    // Private Link (Direct, flag on): IPv4 only in the latest revision.
    {
      name: 'IPv6 to a hub Key Vault PE, Direct',
      pack: '2023-01',
      design: toKeyVault(),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'IPv6 to a hub Key Vault PE, Direct',
      pack: '2025-11',
      design: toKeyVault(),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'IPv6 to a hub Key Vault PE, Direct (Private Link IPv4 only)',
      pack: 'latest',
      design: toKeyVault(),
      verdict: 'gateway',
      fires: 'pe',
      decisive: true,
    },
    // Neighbouring conditions.
    {
      name: 'IPv6 to hub VM, provider, FastPath off',
      pack: 'latest',
      design: toHubVm({ connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'IPv6 from hub VM to on-premises (outbound)',
      pack: 'latest',
      design: () => baseDesign().flow('f', 'hubvm', 'onprem', v6),
      verdict: 'direct',
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
