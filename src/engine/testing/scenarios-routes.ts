import { baseDesign, DIRECT_100G } from './design-builder.ts';
import { hubVm, spokeVm, type Scenario } from './scenario-kit.ts';

// RULES.md section 6, scenarios 1–7: circuits, peered spokes and load balancers.

export const ROUTE_SCENARIOS: readonly Scenario[] = [
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
];
