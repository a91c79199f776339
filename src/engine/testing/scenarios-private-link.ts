import { baseDesign, DIRECT_100G } from './design-builder.ts';
import { hubKeyVault, type Scenario } from './scenario-kit.ts';

// RULES.md section 6, scenarios 8–15: private endpoints and DNS Private Resolver.

export const PRIVATE_LINK_SCENARIOS: readonly Scenario[] = [
  {
    n: 8,
    title: 'Key Vault private endpoint in the hub, Direct 100G, Private Link FastPath on',
    design: () => hubKeyVault(),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'fastpath', flowFindings: ['private-link-pricing@pe'] },
      { pack: '2020-03', verdict: 'gateway', flowFindings: ['private-link@pe'] },
      { pack: '2022', verdict: 'fastpath' },
    ],
  },
  {
    n: 9,
    title: 'as 8, in swedencentral (not a listed region)',
    design: () => hubKeyVault({ hub: { region: 'swedencentral' }, spoke: { region: 'swedencentral' } }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['private-link@hub'] },
      { pack: '2020-03', verdict: 'gateway' },
    ],
  },
  {
    n: 10,
    title: 'as 8, Private Link FastPath off',
    design: () => hubKeyVault({ connection: { privateLinkFastPath: false } }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['private-link@conn1'] },
      { pack: '2020-03', verdict: 'gateway' },
    ],
  },
  {
    n: 11,
    title: 'as 8 over a provider circuit',
    design: () =>
      hubKeyVault({ circuit: { circuitType: 'provider', bandwidthMbps: 1000, sku: 'Standard', portId: '' } }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['private-link@conn1', 'private-link@er1'] },
      { pack: '2020-03', verdict: 'gateway' },
    ],
  },
  {
    n: 12,
    title: 'Storage private endpoint in a spoke, Direct, flag on',
    design: () =>
      baseDesign({ circuit: DIRECT_100G, connection: { privateLinkFastPath: true } })
        .node('pe', 'privateEndpoint', { service: 'Storage', ip: '10.254.5.4' }, 'spoke')
        .flow('f', 'onprem', 'pe'),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'fastpath' },
      { pack: '2020-03', verdict: 'gateway' },
      { pack: '2023-01', verdict: 'gateway', flowFindings: ['private-link@pe'] },
      { pack: '2023-11', verdict: 'gateway', flowFindings: ['private-link@pe'] },
      { pack: '2024-03', verdict: 'gateway', flowFindings: ['private-link@pe'] },
    ],
  },
  {
    n: 13,
    title: 'SQL private endpoint in the hub, Direct, flag on',
    design: () => hubKeyVault({}, 'SQL'),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['private-link@pe'] },
      { pack: '2020-03', verdict: 'gateway' },
    ],
  },
  {
    n: 14,
    title: 'DNS Private Resolver inbound endpoint in the hub',
    design: () => baseDesign().node('dns', 'dnsResolver', { ip: '10.255.6.4' }, 'hub').flow('f', 'onprem', 'dns'),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'fastpath', flowFindings: ['dns-private-resolver@dns'] },
      { pack: '2020-03', verdict: 'fastpath', absent: ['dns-private-resolver'] },
      { pack: '2023-11', verdict: 'gateway', flowFindings: ['dns-private-resolver@dns'] },
      { pack: '2024-03', verdict: 'gateway' },
      { pack: '2024-06', verdict: 'gateway' },
      { pack: '2024-11', verdict: 'gateway' },
    ],
  },
  {
    n: 15,
    title: 'DNS Private Resolver in a spoke, Direct',
    design: () =>
      baseDesign({ circuit: DIRECT_100G })
        .node('dns', 'dnsResolver', { ip: '10.254.6.4' }, 'spoke')
        .flow('f', 'onprem', 'dns'),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['dns-private-resolver@dns'] },
      { pack: '2020-03', verdict: 'gateway', flowFindings: ['vnet-peering-spoke@spoke'] },
      { pack: '2023-11', verdict: 'gateway' },
      { pack: '2024-11', verdict: 'gateway' },
    ],
  },
];
