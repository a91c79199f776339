import { baseDesign, DIRECT_100G } from './design-builder.ts';
import { hubVm, spokeVm, hubKeyVault, type Scenario } from './scenario-kit.ts';

// RULES.md section 6, scenarios 16–29: gateway SKUs, routes, IPv6, limits and several hubs.

export const GATEWAY_SCENARIOS: readonly Scenario[] = [
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
