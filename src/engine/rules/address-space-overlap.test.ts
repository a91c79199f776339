import { describe, expect, it } from 'vitest';
import { addHub, baseDesign, type DesignDraft } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// Joined networks whose address ranges overlap. Azure refuses to peer VNets whose address spaces
// overlap: an error on the peering. VNets that reach the same circuit (not peered with each other)
// and a VNet and an on-premises site that reaches it over a circuit are deployable, but a VNet
// keeps traffic for its own address space inside itself: a warning on the VNet (the later one of
// two VNets). An on-premises prefix that only summarises a VNet's range (10.0.0.0/8 over
// 10.255.0.0/16) is the usual design and is not reported. Verdicts never change; a flow whose
// destination lies in an overlap of its two ends gets a warning that is never decisive.
//
// Base design: on-premises 10.0.0.0/16; hub 10.255.0.0/16 (hubvm 10.255.10.4) with gw1 → er1;
// spoke 10.254.0.0/16 (spokevm 10.254.10.4) peered from the hub with gateway transit.

const RULE = 'address-space-overlap';

const hubVm = (draft: DesignDraft = baseDesign()) => draft.flow('f', 'onprem', 'hubvm');
/** A second hub `remote` on the same circuit, with its own gateway, and a VM. */
const remote = (space: string, vmIp = '') =>
  addHub(baseDesign(), 'remote')
    .patch('remote', { addressSpace: [space] })
    .node('remotevm', 'vm', vmIp ? { ip: vmIp } : {}, 'remote');

const TABLE: RuleTable = {
  scope: 'design',
  cases: [
    // Peered VNets: Azure cannot create the peering.
    {
      name: 'spoke inside the hub range',
      pack: 'latest',
      design: () => hubVm(baseDesign({ spoke: { addressSpace: ['10.255.128.0/17'] } })),
      verdict: 'fastpath',
      fires: { design: ['peer'], flow: [] },
      severity: 'error',
      confidence: 'documented',
    },
    {
      name: 'spoke with the same range as the hub',
      pack: '2019-05',
      design: () => hubVm(baseDesign({ spoke: { addressSpace: ['10.255.0.0/16'] } })),
      verdict: 'gateway',
      fires: { design: ['peer'], flow: [] },
      severity: 'error',
      decisive: false,
    },
    {
      name: 'IPv6 ranges overlap, IPv4 ranges do not',
      pack: 'latest',
      design: () =>
        hubVm(
          baseDesign({
            hub: { addressSpace: ['10.255.0.0/16', 'fd00::/48'] },
            spoke: { addressSpace: ['10.254.0.0/16', 'fd00:0:0:1::/64'] },
          }),
        ),
      verdict: 'fastpath',
      fires: { design: ['peer'], flow: [] },
    },
    {
      name: 'a flow over the peering into the overlap',
      pack: 'latest',
      design: () =>
        baseDesign({ spoke: { addressSpace: ['10.255.128.0/17'] } })
          .patch('spokevm', { ip: '10.255.130.4' })
          .flow('f', 'hubvm', 'spokevm'),
      verdict: 'direct',
      fires: { design: ['peer'], flow: ['f'] },
      decisive: false,
    },
    // VNets on the same circuit.
    {
      name: 'a second hub on the circuit with the hub range',
      pack: 'latest',
      design: () => hubVm(remote('10.255.0.0/16')),
      verdict: 'fastpath',
      fires: { design: ['remote'], flow: [] },
      severity: 'warning',
      confidence: 'inference',
    },
    {
      name: 'two spokes of one hub, not peered with each other',
      pack: 'latest',
      design: () =>
        hubVm()
          .node('spoke2', 'vnet', { region: 'westeurope', addressSpace: ['10.254.128.0/17'] })
          .edge('peer2', 'vnetPeering', 'hub', 'spoke2'),
      verdict: 'fastpath',
      fires: { design: ['spoke2'], flow: [] },
      severity: 'warning',
    },
    {
      name: 'a flow from the second hub into the overlap, through the edge routers',
      pack: 'latest',
      design: () => remote('10.255.0.0/16', '10.255.20.4').flow('f', 'remotevm', 'hubvm'),
      verdict: 'fastpath',
      fires: { design: ['remote'], flow: ['f'] },
      severity: 'warning',
      decisive: false,
    },
    {
      name: 'a flow from the second hub to an address outside the overlap',
      pack: 'latest',
      design: () => remote('10.255.128.0/17', '10.255.200.4').flow('f', 'remotevm', 'hubvm'),
      verdict: 'fastpath',
      fires: { design: ['remote'], flow: [] },
    },
    {
      name: 'overlapping VNets on different circuits',
      pack: 'latest',
      design: () =>
        hubVm(
          addHub(
            baseDesign()
              .node('er2', 'circuit', { peeringLocation: 'London' })
              .edge('link2', 'circuitLink', 'onprem', 'er2'),
            'remote',
            { circuit: 'er2' },
          ).patch('remote', { addressSpace: ['10.255.0.0/16'] }),
        ),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'an overlapping VNet joined to nothing',
      pack: 'latest',
      design: () => hubVm().node('lone', 'vnet', { addressSpace: ['10.255.0.0/16'] }),
      verdict: 'fastpath',
      fires: false,
    },
    // A VNet and an on-premises site over a circuit.
    {
      name: 'a site prefix inside the hub range, flow into it',
      pack: 'latest',
      design: () => hubVm().patch('onprem', { prefixes: ['10.255.10.0/24'] }),
      verdict: 'fastpath',
      fires: { design: ['hub'], flow: ['f'] },
      severity: 'warning',
    },
    {
      name: 'a site prefix inside the hub range: the flow warning is an inference',
      pack: 'latest',
      design: () => hubVm().patch('onprem', { prefixes: ['10.255.10.0/24'] }),
      verdict: 'fastpath',
      fires: { flow: ['f'] },
      confidence: 'inference',
    },
    {
      name: 'a site prefix equal to the spoke range, gateway flow into it',
      pack: 'latest',
      design: () =>
        baseDesign()
          .patch('onprem', { prefixes: ['10.254.0.0/16'] })
          .flow('f', 'onprem', 'spokevm'),
      verdict: 'gateway',
      fires: { design: ['spoke'], flow: ['f'] },
      decisive: false,
    },
    {
      name: 'a site prefix inside the hub range, flow to a hub address outside it',
      pack: 'latest',
      design: () => hubVm().patch('onprem', { prefixes: ['10.255.99.0/24'] }),
      verdict: 'fastpath',
      fires: { design: ['hub'], flow: [] },
      confidence: 'documented',
    },
    {
      name: 'a hub VM to a site that uses part of the hub range',
      pack: 'latest',
      design: () =>
        baseDesign()
          .patch('onprem', { prefixes: ['10.255.99.0/24'] })
          .flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: { design: ['hub'], flow: ['f'] },
    },
    {
      name: 'an on-premises summary over the Azure ranges',
      pack: 'latest',
      design: () => hubVm().patch('onprem', { prefixes: ['10.0.0.0/8'] }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'a hub VM to a site that summarises the hub range',
      pack: 'latest',
      design: () =>
        baseDesign()
          .patch('onprem', { prefixes: ['10.0.0.0/8'] })
          .flow('f', 'hubvm', 'onprem'),
      verdict: 'direct',
      fires: false,
    },
    {
      name: 'a site on Microsoft peering only: not joined, and the flow has no route',
      pack: 'latest',
      design: () =>
        hubVm(baseDesign({ link: { peering: 'microsoft' } })).patch('onprem', { prefixes: ['10.255.10.0/24'] }),
      verdict: 'unreachable',
      fires: false,
    },
    // Nothing overlaps.
    { name: 'the base design', pack: 'latest', design: () => hubVm(), verdict: 'fastpath', fires: false },
    {
      name: 'inside one VNet',
      pack: 'latest',
      design: () => baseDesign().node('vm2', 'vm', { ip: '10.255.11.4' }, 'hub').flow('f', 'hubvm', 'vm2'),
      verdict: 'direct',
      fires: false,
    },
    {
      name: 'VNets without address spaces',
      pack: 'latest',
      design: () => hubVm(baseDesign({ hub: { addressSpace: [] }, spoke: { addressSpace: [] } })),
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

describe(`${RULE}: what the findings say`, () => {
  const said = (draft: DesignDraft, where: 'design' | 'f') => {
    const result = draft.evaluate('latest');
    const findings = where === 'design' ? result.findings : (result.flows.f?.findings ?? []);
    return findings.filter((f) => f.ruleId === RULE).map((f) => ({ message: f.message, remediation: f.remediation }));
  };

  it('peered VNets: which ranges overlap, and which VNet to change', () => {
    const draft = baseDesign({ spoke: { addressSpace: ['10.255.128.0/17', '10.254.0.0/16'] } })
      .label('hub', 'Hub')
      .label('spoke', 'Spoke')
      .label('peer', 'hub-to-spoke');
    expect(said(draft, 'design')).toEqual([
      {
        message:
          'VNet "Hub" and VNet "Spoke" have overlapping address spaces (10.255.0.0/16 with 10.255.128.0/17); ' +
          'Azure does not peer VNets whose address spaces overlap, so peering "hub-to-spoke" cannot be created.',
        remediation:
          'Change the address space of VNet "Spoke" (10.255.128.0/17) to ranges that VNet "Hub" does not use, ' +
          'then create the peering.',
      },
    ]);
  });

  it('VNets on one circuit: named by what the canvas shows when unnamed', () => {
    const draft = remote('10.255.0.0/16').label('remote', '').label('conn1', '').label('er1', 'CIRCUIT_EQUINIX');
    expect(said(draft, 'design')).toEqual([
      {
        message:
          'The VNet 10.255.0.0/16 overlaps VNet "hub" (10.255.0.0/16 in both), and both reach circuit ' +
          '"CIRCUIT_EQUINIX". The circuit learns each overlapping range from more than one VNet, so traffic to it ' +
          'from on-premises may reach any of them, and each VNet keeps traffic for its own address space inside ' +
          "itself, so none reaches another's addresses in the overlap.",
        remediation:
          'Give the VNet 10.255.0.0/16 an address space that no other VNet on circuit "CIRCUIT_EQUINIX" uses ' +
          '(now 10.255.0.0/16).',
      },
    ]);
  });

  it('a VNet and an on-premises site, and the flow into the overlap', () => {
    const draft = hubVm()
      .patch('onprem', { prefixes: ['10.255.10.0/24', '172.16.0.0/16'] })
      .label('onprem', 'HQ');
    expect(said(draft, 'design')).toEqual([
      {
        message:
          'VNet "hub" overlaps the prefixes of on-premises site "HQ", which reaches it through circuit "er1" ' +
          '(10.255.0.0/16 with 10.255.10.0/24). A VNet keeps traffic for its own address space inside itself, ' +
          'even when a more specific route comes from on-premises, so it cannot reach on-premises addresses in ' +
          'the overlap.',
        remediation:
          'Move VNet "hub" to an address space outside 10.255.10.0/24 (it now uses 10.255.0.0/16), ' +
          'or stop using that range on-premises.',
      },
    ]);
    expect(said(draft, 'f')).toEqual([
      {
        message:
          'The destination address 10.255.10.4 lies in a range that on-premises site "HQ" also holds ' +
          '(10.255.10.0/24 with 10.255.0.0/16): traffic from on-premises site "HQ" to it may never leave ' +
          'on-premises site "HQ", so this verdict assumes a route that the overlap can break.',
        remediation: 'Give on-premises site "HQ" and VNet "hub" address ranges that do not overlap.',
      },
    ]);
  });

  it('a flow to on-premises, where the destination has no single address', () => {
    const draft = baseDesign()
      .patch('onprem', { prefixes: ['10.255.99.0/24'] })
      .flow('f', 'hubvm', 'onprem');
    expect(said(draft, 'f')).toEqual([
      {
        message:
          'VNet "hub" and on-premises site "onprem" overlap (10.255.0.0/16 with 10.255.99.0/24): traffic from ' +
          'VM "hubvm" to addresses in the overlap may never leave VNet "hub", so this verdict assumes a route ' +
          'that the overlap can break.',
        remediation: 'Give VNet "hub" and on-premises site "onprem" address ranges that do not overlap.',
      },
    ]);
  });
});

describe(`${RULE}: one finding per VNet`, () => {
  it('a spoke copied five times: four findings, each on a later copy, naming the earlier ones', () => {
    const draft = baseDesign();
    for (const n of [1, 2, 3, 4, 5]) {
      draft
        .node(`copy${n}`, 'vnet', { region: 'westeurope', addressSpace: ['10.30.0.0/16'] })
        .edge(`peer${n}`, 'vnetPeering', 'hub', `copy${n}`);
    }
    const findings = draft.evaluate('latest').findings.filter((f) => f.ruleId === RULE);
    expect(findings.map((f) => f.subject)).toEqual(['copy2', 'copy3', 'copy4', 'copy5']);
    expect(findings.find((f) => f.subject === 'copy5')?.message).toMatch(
      /^VNet "copy5" overlaps VNet "copy1" \(10\.30\.0\.0\/16 in both\), VNet "copy2" \(10\.30\.0\.0\/16 in both\), VNet "copy3" \(10\.30\.0\.0\/16 in both\) and 1 more VNet, and all reach circuit "er1"\. /,
    );
  });
});
