import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.10 and the section 2 rows "UDR on GatewaySubnet → NVA, provider / Direct": through the
// gateway (2019-05, 2020-03), ignored by FastPath (2021-03, 2021-08), honoured on Direct (preview
// 2022/2023-01, limited GA 2023-11/2024-03, GA from 2024-06), provider undocumented since 2022
// (FastPath + inference warning). Hops show where the traffic goes. Scenarios 20 and 21.

const RULE = 'udr-gateway-subnet';

const withUdr =
  (dest: 'hubvm' | 'spokevm' | 'nva1', options: BaseOptions = {}) =>
  () =>
    baseDesign({ gateway: { udrNextHopId: 'nva1' }, ...options })
      .node('nva1', 'nva', { product: 'azureFirewall', ip: '10.255.1.4' }, 'hub')
      .flow('f', 'onprem', dest);
const direct = { circuit: DIRECT_100G };
/** The GatewaySubnet UDR's next hop in the spoke, not in the gateway's VNet (the hub). */
const inSpoke =
  (dest: 'hubvm' | 'spokevm', product: 'azureFirewall' | 'thirdParty', options: BaseOptions = direct) =>
  () =>
    baseDesign({ gateway: { udrNextHopId: 'nva1' }, ...options })
      .node('nva1', 'nva', { product, ip: '10.254.1.4' }, 'spoke')
      .flow('f', 'onprem', dest);
const inSweden = { hub: { region: 'swedencentral' }, spoke: { region: 'swedencentral' } };

const VIA_GATEWAY = ['MSEE', '*', '10.255.1.4', '10.255.10.4'];
const BYPASS = ['MSEE', '10.255.10.4'];
const VIA_NVA = ['MSEE', '10.255.1.4', '10.255.10.4'];

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // Until early 2021: the traffic keeps going through the gateway (then the NVA).
    {
      name: 'hub VM, Direct',
      pack: '2019-05',
      design: withUdr('hubvm', direct),
      verdict: 'gateway',
      fires: 'gw1',
      hops: VIA_GATEWAY,
      decisive: true,
    },
    {
      name: 'hub VM, provider',
      pack: '2020-03',
      design: withUdr('hubvm'),
      verdict: 'gateway',
      fires: 'gw1',
      hops: VIA_GATEWAY,
      decisive: true,
    },
    {
      name: 'hub VM, Direct',
      pack: '2020-03',
      design: withUdr('hubvm', direct),
      verdict: 'gateway',
      fires: 'gw1',
      hops: VIA_GATEWAY,
    },
    // 2021: FastPath ignores the UDR: NVA bypassed, warning.
    {
      name: 'hub VM, provider: UDR ignored, NVA bypassed',
      pack: '2021-03',
      design: withUdr('hubvm'),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'warning',
      hops: BYPASS,
      decisive: false,
    },
    {
      name: 'hub VM, Direct: UDR ignored, NVA bypassed',
      pack: '2021-03',
      design: withUdr('hubvm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'warning',
      hops: BYPASS,
    },
    {
      name: 'hub VM, provider: UDR ignored, NVA bypassed',
      pack: '2021-08',
      design: withUdr('hubvm'),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: BYPASS,
    },
    {
      name: 'spoke VM, Direct, previews on: UDR ignored, NVA bypassed',
      pack: '2021-08',
      previews: true,
      design: withUdr('spokevm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: ['MSEE', '10.254.10.4'],
    },
    // Provider from 2022: undocumented; FastPath with an inference warning.
    {
      name: 'hub VM, provider (n/s: NVA probably bypassed)',
      pack: '2022',
      design: withUdr('hubvm'),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'warning',
      confidence: 'inference',
      hops: BYPASS,
    },
    {
      name: 'hub VM, provider (n/s)',
      pack: '2024-06',
      design: withUdr('hubvm'),
      verdict: 'fastpath',
      fires: 'gw1',
      confidence: 'inference',
      hops: BYPASS,
    },
    {
      name: 'hub VM, provider (UDR over FastPath not for provider)',
      pack: 'latest',
      design: withUdr('hubvm'),
      verdict: 'fastpath',
      fires: 'gw1',
      confidence: 'inference',
      hops: BYPASS,
      decisive: false,
    },
    // Direct from 2022: honoured, preview then limited GA, then GA.
    {
      name: 'hub VM, Direct, previews off (UDR preview)',
      pack: '2022',
      design: withUdr('hubvm', direct),
      verdict: 'gateway',
      fires: 'gw1',
      hops: VIA_GATEWAY,
      decisive: true,
    },
    {
      name: 'hub VM, Direct, previews on: edge → NVA → VM',
      pack: '2022',
      previews: true,
      design: withUdr('hubvm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: VIA_NVA,
      decisive: false,
    },
    {
      name: 'hub VM, Direct, previews on',
      pack: '2023-01',
      previews: true,
      design: withUdr('hubvm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: VIA_NVA,
    },
    {
      name: 'hub VM, Direct, previews off (limited GA)',
      pack: '2023-11',
      design: withUdr('hubvm', direct),
      verdict: 'gateway',
      fires: 'gw1',
      decisive: true,
    },
    {
      name: 'hub VM, Direct, westeurope (listed), previews on (limited GA)',
      pack: '2023-11',
      previews: true,
      design: withUdr('hubvm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: VIA_NVA,
    },
    {
      name: 'hub VM, Direct, swedencentral (not one of the 14 limited-GA regions), previews on',
      pack: '2023-11',
      previews: true,
      design: withUdr('hubvm', { ...direct, ...inSweden }),
      verdict: 'gateway',
      fires: 'gw1',
      hops: VIA_GATEWAY,
      decisive: true,
    },
    {
      name: 'hub VM, Direct, swedencentral, previews on (limited GA in all regions)',
      pack: '2024-03',
      previews: true,
      design: withUdr('hubvm', { ...direct, ...inSweden }),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: VIA_NVA,
    },
    {
      name: 'hub VM, Direct, swedencentral (GA)',
      pack: '2024-06',
      design: withUdr('hubvm', { ...direct, ...inSweden }),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: VIA_NVA,
    },
    {
      name: 'hub VM, Direct, previews on (limited GA)',
      pack: '2024-03',
      previews: true,
      design: withUdr('hubvm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: VIA_NVA,
    },
    {
      name: 'hub VM, Direct (GA): edge → NVA → VM',
      pack: '2024-06',
      design: withUdr('hubvm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'info',
      hops: VIA_NVA,
      decisive: false,
    },
    {
      name: 'hub VM, Direct (GA)',
      pack: '2025-03',
      design: withUdr('hubvm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: VIA_NVA,
    },
    {
      name: 'hub VM, Direct (GA)',
      pack: 'latest',
      design: withUdr('hubvm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: VIA_NVA,
    },
    {
      name: 'spoke VM, Direct (GA): edge → NVA → spoke VM',
      pack: 'latest',
      design: withUdr('spokevm', direct),
      verdict: 'fastpath',
      fires: 'gw1',
      hops: ['MSEE', '10.255.1.4', '10.254.10.4'],
    },
    {
      name: 'spoke VM, Direct: gateway, then NVA',
      pack: '2020-03',
      design: withUdr('spokevm', direct),
      verdict: 'gateway',
      fires: 'gw1',
      hops: ['MSEE', '*', '10.255.1.4', '10.254.10.4'],
      decisive: true,
    },
    // Neighbouring conditions.
    // The next hop outside the gateway's VNet (a firewall in a spoke): RULES.md 3.10 (FAQ) and 3.23.
    {
      name: 'hub VM, Direct, the UDR’s firewall in a spoke: the gateway carries the traffic',
      pack: 'latest',
      design: inSpoke('hubvm', 'azureFirewall'),
      verdict: 'gateway',
      fires: 'gw1',
      severity: 'warning',
      confidence: 'documented',
      hops: ['MSEE', '*', '10.254.1.4', '10.255.10.4'],
      decisive: true,
    },
    {
      name: 'spoke VM, Direct, a third-party NVA in the spoke as next hop',
      pack: 'latest',
      design: inSpoke('spokevm', 'thirdParty'),
      verdict: 'gateway',
      fires: 'gw1',
      decisive: ['gw1'],
    },
    {
      name: 'hub VM, Direct, the UDR’s firewall in a spoke, before the FAQ said where it must be',
      pack: '2025-11',
      design: inSpoke('hubvm', 'azureFirewall'),
      verdict: 'fastpath',
      fires: 'gw1',
      severity: 'warning',
      confidence: 'inference',
      hops: ['MSEE', '10.254.1.4', '10.255.10.4'],
    },
    {
      name: 'hub VM, provider, the UDR’s firewall in a spoke: bypassed anyway (provider warning only)',
      pack: 'latest',
      design: inSpoke('hubvm', 'azureFirewall', {}),
      verdict: 'fastpath',
      fires: 'gw1',
      confidence: 'inference',
      hops: BYPASS,
    },
    {
      name: 'hub VM, Direct, no UDR',
      pack: 'latest',
      design: () => baseDesign(direct).flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
      hops: ['MSEE', '10.255.10.4'],
    },
    {
      name: 'hub VM, provider, no UDR',
      pack: '2020-03',
      design: () => baseDesign().flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: "to the NVA itself (the UDR's next hop)",
      pack: '2020-03',
      design: withUdr('nva1'),
      verdict: 'fastpath',
      fires: false,
      hops: ['MSEE', '10.255.1.4'],
    },
    {
      name: 'hub VM, FastPath off: gateway, then NVA',
      pack: 'latest',
      design: withUdr('hubvm', { ...direct, connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
      hops: VIA_GATEWAY,
    },
    {
      name: 'hub VM to on-premises (outbound)',
      pack: 'latest',
      design: () => withUdr('hubvm', direct)().remove('f').flow('f', 'hubvm', 'onprem'),
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
