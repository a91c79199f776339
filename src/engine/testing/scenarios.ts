import { baseDesign, DIRECT_100G, type DesignDraft } from './design-builder.ts';
import type { PackId } from '../model/packs.ts';
import type { Verdict } from '../schema/kinds.ts';

// RULES.md section 6 as data: every worked scenario, with the verdict and findings expected in
// each pack its row names. scenarios.test.ts checks them; other tests may sweep them too.

export type Expectation = {
  pack: PackId;
  verdict: Verdict;
  previews?: boolean;
  /** Hop labels after the source, as a traceroute would print them. */
  hops?: string[];
  /** `ruleId@subject` that must appear among the flow's findings. */
  flowFindings?: string[];
  /** `ruleId@subject` that must appear among the design findings. */
  designFindings?: string[];
  /** Rule ids that must not appear anywhere in the result. */
  absent?: string[];
};

export type Scenario = { n: number; title: string; design: () => DesignDraft; flow: string; expect: Expectation[] };

const hubVm = (opts: Parameters<typeof baseDesign>[0] = {}) => baseDesign(opts).flow('f', 'onprem', 'hubvm');
const spokeVm = (opts: Parameters<typeof baseDesign>[0] = {}) => baseDesign(opts).flow('f', 'onprem', 'spokevm');
const hubKeyVault = (opts: Parameters<typeof baseDesign>[0] = {}, service = 'KeyVault') =>
  baseDesign({ circuit: DIRECT_100G, connection: { privateLinkFastPath: true }, ...opts })
    .node('pe', 'privateEndpoint', { service, ip: '10.255.5.4' }, 'hub')
    .flow('f', 'onprem', 'pe');

export const SCENARIOS: readonly Scenario[] = [
  {
    n: 1,
    title: 'on-premises to hub VM over a provider circuit',
    design: () => hubVm(),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'fastpath', hops: ['MSEE', '10.255.10.4'] },
      { pack: '2020-03', verdict: 'fastpath', hops: ['MSEE', '10.255.10.4'] },
      {
        pack: '2019-05',
        verdict: 'gateway',
        hops: ['MSEE', '*', '10.255.10.4'],
        flowFindings: ['circuit-direct-only-2019@conn1'],
        designFindings: ['circuit-direct-only-2019@conn1'],
      },
    ],
  },
  {
    n: 2,
    title: 'on-premises to spoke VM over a provider circuit',
    design: () => spokeVm(),
    flow: 'f',
    expect: [
      {
        pack: 'latest',
        verdict: 'gateway',
        hops: ['MSEE', '*', '10.254.10.4'],
        flowFindings: ['vnet-peering-spoke@spoke'],
      },
      { pack: '2020-03', verdict: 'gateway', flowFindings: ['vnet-peering-spoke@spoke'] },
    ],
  },
  {
    n: 3,
    title: 'on-premises to spoke VM over ExpressRoute Direct 100G',
    design: () => spokeVm({ circuit: DIRECT_100G }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'fastpath', hops: ['MSEE', '10.254.10.4'] },
      { pack: '2020-03', verdict: 'gateway', flowFindings: ['vnet-peering-spoke@spoke'] },
      { pack: '2021-08', verdict: 'gateway', flowFindings: ['vnet-peering-spoke@spoke'] },
      { pack: '2021-08', previews: true, verdict: 'fastpath' },
      { pack: '2022', verdict: 'gateway' },
      { pack: '2022', previews: true, verdict: 'fastpath' },
      { pack: '2023-01', verdict: 'gateway' },
      { pack: '2023-01', previews: true, verdict: 'fastpath' },
      { pack: '2023-11', verdict: 'gateway', flowFindings: ['vnet-peering-spoke@spoke'] },
      { pack: '2023-11', previews: true, verdict: 'fastpath' },
      { pack: '2024-03', verdict: 'gateway' },
      { pack: '2024-03', previews: true, verdict: 'fastpath' },
      { pack: '2024-06', verdict: 'fastpath' },
    ],
  },
  {
    n: 4,
    title: 'spoke in another region (global peering), Direct',
    design: () => spokeVm({ circuit: DIRECT_100G, spoke: { region: 'northeurope' } }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['global-peering@spoke'] },
      { pack: '2020-03', verdict: 'gateway', absent: ['global-peering'] },
    ],
  },
  {
    n: 5,
    title: 'Basic ILB frontend in the hub, provider',
    design: () =>
      baseDesign()
        .node('lb', 'loadBalancer', { sku: 'Basic', frontendIp: '10.255.2.4' }, 'hub')
        .flow('f', 'onprem', 'lb'),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'fastpath', designFindings: ['basic-load-balancer@lb'] },
      { pack: '2020-03', verdict: 'gateway', flowFindings: ['basic-load-balancer@lb'] },
      { pack: '2024-06', verdict: 'gateway', flowFindings: ['basic-load-balancer@lb'] },
      { pack: '2024-11', verdict: 'gateway', flowFindings: ['internal-load-balancer@lb'] },
    ],
  },
  {
    n: 6,
    title: 'Standard ILB frontend in the hub, provider',
    design: () =>
      baseDesign()
        .node('lb', 'loadBalancer', { sku: 'Standard', frontendIp: '10.255.2.4' }, 'hub')
        .flow('f', 'onprem', 'lb'),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'fastpath', absent: ['internal-load-balancer', 'basic-load-balancer'] },
      { pack: '2020-03', verdict: 'fastpath' },
      { pack: '2024-11', verdict: 'gateway', flowFindings: ['internal-load-balancer@lb'] },
    ],
  },
  {
    n: 7,
    title: 'Standard ILB frontend in a spoke, Direct',
    design: () =>
      baseDesign({ circuit: DIRECT_100G })
        .node('lb', 'loadBalancer', { frontendIp: '10.254.2.4' }, 'spoke')
        .flow('f', 'onprem', 'lb'),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['internal-load-balancer@lb'] },
      { pack: '2020-03', verdict: 'gateway' },
      { pack: '2024-06', verdict: 'fastpath' },
    ],
  },
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
  {
    n: 16,
    title: 'Standard gateway SKU with FastPath on',
    design: () => hubVm({ gateway: { sku: 'Standard' } }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['gateway-sku@gw1'], designFindings: ['gateway-sku@gw1'] },
      { pack: '2020-03', verdict: 'gateway', designFindings: ['gateway-sku@gw1'] },
    ],
  },
  {
    n: 17,
    title: 'ErGwScale with 8 scale units',
    design: () =>
      hubVm({
        gateway: { sku: 'ErGwScale', scaleUnits: 8 },
        hub: { region: 'northeurope' },
        spoke: { region: 'northeurope' },
      }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', designFindings: ['gateway-sku@gw1'] },
      { pack: '2024-11', verdict: 'gateway', designFindings: ['gateway-sku@gw1'] },
      { pack: '2020-03', verdict: 'gateway', designFindings: ['gateway-sku@gw1'] },
    ],
  },
  {
    n: 18,
    title: 'ErGwScale with 12 scale units in West Europe',
    design: () => hubVm({ gateway: { sku: 'ErGwScale', scaleUnits: 12 } }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'fastpath', designFindings: ['gateway-sku@gw1'] },
      { pack: '2020-03', verdict: 'gateway', designFindings: ['gateway-sku@gw1'] },
    ],
  },
  {
    n: 19,
    title: 'hub VM to on-premises',
    design: () => baseDesign().flow('f', 'hubvm', 'onprem'),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'direct', hops: ['MSEE', 'onprem'], flowFindings: ['outbound-direct@f'] },
      { pack: '2020-03', verdict: 'direct' },
    ],
  },
  {
    n: 20,
    title: 'UDR on the GatewaySubnet to a hub Azure Firewall, on-premises to spoke VM, Direct',
    flow: 'f',
    design: () =>
      spokeVm({ circuit: DIRECT_100G, gateway: { udrNextHopId: 'afw' } }).node(
        'afw',
        'nva',
        { product: 'azureFirewall', ip: '10.255.1.4' },
        'hub',
      ),
    expect: [
      { pack: 'latest', verdict: 'fastpath', hops: ['MSEE', '10.255.1.4', '10.254.10.4'] },
      { pack: '2020-03', verdict: 'gateway', hops: ['MSEE', '*', '10.255.1.4', '10.254.10.4'] },
      { pack: '2021-03', verdict: 'gateway' },
      {
        pack: '2021-08',
        previews: true,
        verdict: 'fastpath',
        hops: ['MSEE', '10.254.10.4'],
        flowFindings: ['udr-gateway-subnet@gw1'],
      },
      { pack: '2022', verdict: 'gateway' },
      { pack: '2022', previews: true, verdict: 'fastpath', hops: ['MSEE', '10.255.1.4', '10.254.10.4'] },
      { pack: '2023-01', previews: true, verdict: 'fastpath', hops: ['MSEE', '10.255.1.4', '10.254.10.4'] },
      { pack: '2023-11', verdict: 'gateway' },
      { pack: '2024-03', previews: true, verdict: 'fastpath' },
      { pack: '2024-06', verdict: 'fastpath', hops: ['MSEE', '10.255.1.4', '10.254.10.4'] },
    ],
  },
  {
    n: 21,
    title: 'UDR to a hub NVA, on-premises to hub VM, provider',
    flow: 'f',
    design: () => hubVm({ gateway: { udrNextHopId: 'nva1' } }).node('nva1', 'nva', { ip: '10.255.1.4' }, 'hub'),
    expect: [
      { pack: 'latest', verdict: 'fastpath', hops: ['MSEE', '10.255.10.4'], flowFindings: ['udr-gateway-subnet@gw1'] },
      { pack: '2020-03', verdict: 'gateway', hops: ['MSEE', '*', '10.255.1.4', '10.255.10.4'] },
      { pack: '2021-03', verdict: 'fastpath', hops: ['MSEE', '10.255.10.4'], flowFindings: ['udr-gateway-subnet@gw1'] },
      { pack: '2021-08', verdict: 'fastpath', flowFindings: ['udr-gateway-subnet@gw1'] },
    ],
  },
  {
    n: 22,
    title: 'IPv6 to hub VM over a provider circuit',
    design: () => baseDesign().flow('f', 'onprem', 'hubvm', { ipVersion: 6 }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['ipv6@er1'] },
      { pack: '2020-03', verdict: 'fastpath' },
      { pack: '2021-03', verdict: 'gateway', flowFindings: ['ipv6@er1'] },
    ],
  },
  {
    n: 23,
    title: 'IPv6 to a Key Vault private endpoint in the hub, Direct, flag on',
    design: () => hubKeyVault().patch('f', { ipVersion: 6 }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['ipv6@pe'] },
      { pack: '2025-11', verdict: 'fastpath' },
      { pack: '2023-01', verdict: 'fastpath' },
      { pack: '2020-03', verdict: 'gateway' },
    ],
  },
  {
    n: 24,
    title: '30,000 VM IPs behind a provider circuit',
    flow: 'f',
    design: () => baseDesign().patch('hubvm', { instances: 30_000 }).flow('f', 'onprem', 'hubvm'),
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['ip-limit@er1'], designFindings: ['ip-limit@er1'] },
      { pack: '2020-03', verdict: 'fastpath', absent: ['ip-limit'] },
    ],
  },
  {
    n: 25,
    title: 'circuit reached only through Microsoft peering',
    design: () => hubVm({ link: { peering: 'microsoft' } }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'unreachable', hops: [], flowFindings: ['microsoft-peering@onprem'] },
      { pack: '2020-03', verdict: 'unreachable', flowFindings: ['microsoft-peering@onprem'] },
    ],
  },
  {
    n: 26,
    title: 'two hubs on one circuit peered with Allow Gateway Transit',
    flow: 'f',
    design: () =>
      hubVm({ spoke: false })
        .node('hub2', 'vnet', { region: 'westeurope', addressSpace: ['10.253.0.0/16'] })
        .node('gw2', 'gateway', { sku: 'ErGw3AZ' }, 'hub2')
        .edge('conn2', 'connection', 'gw2', 'er1', { fastPath: true })
        .edge('hubs', 'vnetPeering', 'hub', 'hub2', { allowGatewayTransit: true, useRemoteGateways: false }),
    expect: [
      { pack: 'latest', verdict: 'fastpath', designFindings: ['gateway-transit-multi-hub@hubs'] },
      { pack: '2020-03', verdict: 'fastpath', absent: ['gateway-transit-multi-hub'] },
    ],
  },
  {
    n: 27,
    title: 'spoke peered to two hubs with Use Remote Gateways on both',
    flow: 'f',
    design: () =>
      spokeVm()
        .node('hub2', 'vnet', { region: 'westeurope', addressSpace: ['10.253.0.0/16'] })
        .node('gw2', 'gateway', { sku: 'ErGw3AZ' }, 'hub2')
        .edge('conn2', 'connection', 'gw2', 'er1', { fastPath: true })
        .edge('peer2', 'vnetPeering', 'hub2', 'spoke', { allowGatewayTransit: true, useRemoteGateways: true }),
    expect: [
      { pack: 'latest', verdict: 'gateway', designFindings: ['remote-gateway-multi-hub@spoke'] },
      { pack: '2020-03', verdict: 'gateway', absent: ['remote-gateway-multi-hub'] },
    ],
  },
  {
    n: 28,
    title: 'ExpressRoute Local circuit, provider',
    design: () => hubVm({ circuit: { sku: 'Local' } }),
    flow: 'f',
    expect: [
      { pack: 'latest', verdict: 'fastpath', designFindings: ['circuit-local-sku@er1'] },
      { pack: '2020-03', verdict: 'fastpath' },
    ],
  },
  {
    n: 29,
    title: 'Azure Firewall in a spoke as destination, Direct',
    flow: 'f',
    design: () =>
      baseDesign({ circuit: DIRECT_100G })
        .node('afw', 'nva', { product: 'azureFirewall', ip: '10.254.1.4' }, 'spoke')
        .flow('f', 'onprem', 'afw'),
    expect: [
      { pack: 'latest', verdict: 'gateway', flowFindings: ['azure-firewall-spoke@afw'] },
      { pack: '2025-11', verdict: 'fastpath' },
      { pack: '2020-03', verdict: 'gateway' },
    ],
  },
];
