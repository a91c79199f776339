import { describe, expect, it } from 'vitest';
import { baseDesign, type DesignDraft } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// Azure assigns private IPs from a subnet of the endpoint's VNet, and subnets lie inside the VNet's
// address space: an endpoint address outside the space is a design error on the endpoint, in every
// pack, and leaves the flow verdicts alone. IPv6 addresses need an IPv6 range in the space.

const RULE = 'ip-outside-vnet';

/** The base design (hub 10.255.0.0/16, spoke 10.254.0.0/16) with one flow, to the hub VM. */
const base = (): DesignDraft => baseDesign().flow('f', 'onprem', 'hubvm');
const withNode =
  (id: string, kind: Parameters<DesignDraft['node']>[1], props: Record<string, unknown>, vnet = 'hub') =>
  () =>
    base().node(id, kind, props, vnet);

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    {
      name: 'the hub VM outside the hub',
      pack: 'latest',
      design: () => base().patch('hubvm', { ip: '10.9.0.4' }),
      verdict: 'fastpath',
      fires: { design: ['hubvm'], flow: [] },
      severity: 'error',
    },
    {
      name: 'a VM in the spoke with an address of the hub',
      pack: '2020-03',
      design: withNode('vm2', 'vm', { ip: '10.255.1.4' }, 'spoke'),
      verdict: 'fastpath',
      fires: ['vm2'],
      severity: 'error',
    },
    {
      name: 'a load balancer frontend outside',
      pack: 'latest',
      design: withNode('lb', 'loadBalancer', { frontendIp: '192.168.1.10' }),
      verdict: 'fastpath',
      fires: ['lb'],
    },
    {
      name: 'a private endpoint outside',
      pack: '2023-01',
      design: withNode('pe', 'privateEndpoint', { service: 'KeyVault', ip: '10.0.0.5' }),
      verdict: 'fastpath',
      fires: ['pe'],
    },
    {
      name: 'a DNS resolver outside',
      pack: 'latest',
      design: withNode('dns', 'dnsResolver', { ip: '172.16.0.4' }),
      verdict: 'fastpath',
      fires: ['dns'],
    },
    {
      name: 'an NVA outside',
      pack: '2019-05',
      design: withNode('fw', 'nva', { ip: '10.253.0.4' }),
      verdict: 'gateway',
      fires: ['fw'],
    },
    {
      name: 'the destination of a gateway flow outside: the verdict is unchanged, the error is not decisive',
      pack: 'latest',
      design: () => base().patch('conn1', { fastPath: false }).patch('hubvm', { ip: '10.9.0.4' }),
      verdict: 'gateway',
      fires: { design: ['hubvm'], flow: [] },
      decisive: false,
    },
    {
      name: 'just past the end of a second range',
      pack: 'latest',
      design: () =>
        base()
          .patch('hub', { addressSpace: ['10.255.0.0/16', '10.10.0.0/24'] })
          .patch('hubvm', { ip: '10.10.1.0' }),
      verdict: 'fastpath',
      fires: ['hubvm'],
    },
    // IPv6.
    {
      name: 'an IPv6 address in a VNet without an IPv6 range',
      pack: 'latest',
      design: withNode('vm6', 'vm', { ip: 'fd00::4' }),
      verdict: 'fastpath',
      fires: ['vm6'],
      severity: 'error',
    },
    {
      name: 'an IPv6 address outside the IPv6 range',
      pack: 'latest',
      design: () =>
        withNode('vm6', 'vm', { ip: 'fd01::4' })().patch('hub', { addressSpace: ['10.255.0.0/16', 'fd00::/48'] }),
      verdict: 'fastpath',
      fires: ['vm6'],
    },
    {
      name: 'an IPv4-mapped IPv6 address is not the IPv4 address',
      pack: 'latest',
      design: withNode('vm6', 'vm', { ip: '::ffff:10.255.1.4' }),
      verdict: 'fastpath',
      fires: ['vm6'],
    },
    // Inside, or nothing to check against.
    { name: 'the base design', pack: 'latest', design: base, verdict: 'fastpath', fires: false },
    {
      name: 'inside a second range',
      pack: 'latest',
      design: () =>
        base()
          .patch('hub', { addressSpace: ['10.255.0.0/16', '10.10.0.0/24'] })
          .patch('hubvm', { ip: '10.10.0.255' }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'an IPv6 address inside the IPv6 range',
      pack: 'latest',
      design: () =>
        withNode('vm6', 'vm', { ip: 'FD00:0:0:1::4' })().patch('hub', { addressSpace: ['10.255.0.0/16', 'fd00::/48'] }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'a VM with no IP yet',
      pack: 'latest',
      design: withNode('vm2', 'vm', {}),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'a VNet with no address space drawn',
      pack: 'latest',
      design: () => base().patch('hub', { addressSpace: [] }).patch('hubvm', { ip: '192.168.0.4' }),
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

describe(`${RULE}: what the finding says`, () => {
  const finding = (draft: DesignDraft) => {
    const found = draft.evaluate('latest').findings.filter((f) => f.ruleId === RULE);
    expect(found).toHaveLength(1);
    return { message: found[0]?.message, remediation: found[0]?.remediation };
  };

  it.each([
    [
      'an IPv4 address outside',
      () => base().patch('hubvm', { ip: '10.9.0.4' }).label('hubvm', 'Web').label('hub', 'Hub'),
      'The IP 10.9.0.4 of VM "Web" is outside the address space of VNet "Hub" (10.255.0.0/16).',
      'Give VM "Web" an address inside 10.255.0.0/16, or add a range that holds 10.9.0.4 to the address space of VNet "Hub".',
    ],
    [
      'a load balancer frontend, ranges of both families',
      () =>
        base()
          .patch('hub', { addressSpace: ['10.255.0.0/16', '10.10.0.0/24', 'fd00::/48'] })
          .node('lb', 'loadBalancer', { frontendIp: '192.168.1.10' }, 'hub')
          .label('lb', 'App ILB'),
      'The frontend IP 192.168.1.10 of load balancer "App ILB" is outside the address space of VNet "hub" ' +
        '(10.255.0.0/16, 10.10.0.0/24, fd00::/48).',
      'Give load balancer "App ILB" an address inside 10.255.0.0/16 and 10.10.0.0/24, or add a range that holds ' +
        '192.168.1.10 to the address space of VNet "hub".',
    ],
    [
      'an IPv6 address in an IPv4-only VNet, both unnamed',
      () => base().node('vm6', 'vm', { ip: 'fd00::4' }, 'hub').label('vm6', '').label('hub', ''),
      'The IP fd00::4 of the VM fd00::4 is IPv6, but the address space of the VNet 10.255.0.0/16 (10.255.0.0/16) ' +
        'has no IPv6 range.',
      'Add an IPv6 range that holds fd00::4 to the address space of the VNet 10.255.0.0/16 (a dual-stack VNet), ' +
        'or give the VM fd00::4 an address inside 10.255.0.0/16.',
    ],
  ] as const)('%s', (_name, design, message, remediation) => {
    expect(finding(design())).toEqual({ message, remediation });
  });
});
