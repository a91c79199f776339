import { describe, expect, it } from 'vitest';
import { baseDesign, type DesignDraft } from '../testing/design-builder.ts';
import { Topology } from './topology.ts';
import { capitalise, listOf } from './names.ts';

// How findings name the parts of a design: a named part by its name, an unnamed one by what the
// canvas shows (its ends for a link, its address or settings for a node), never by a bare id.

/** The base design with every part unnamed except the ones given. */
const unnamed = (keep: Record<string, string> = {}): DesignDraft => {
  const draft = baseDesign();
  for (const node of draft.nodes) draft.label(node.id, keep[node.id] ?? '');
  return draft;
};
const lab = () =>
  unnamed({ gw1: 'ERGW1', er1: 'CIRCUIT_EQUINIX', hub: 'Hub VNet' })
    .node('pe', 'privateEndpoint', {}, 'hub')
    .label('pe', '')
    .node('nic', 'vm', {}, 'hub')
    .label('nic', '   ');

describe('names in messages', () => {
  it.each([
    // Named parts: the kind (or the role given) and the name in quotes.
    ['a named node', () => baseDesign(), 'gw1', undefined, 'gateway "gw1"'],
    ['a named node in a role', () => baseDesign(), 'hub', 'hub', 'hub "hub"'],
    ['a named link', () => baseDesign().label('conn1', 'Primary'), 'conn1', undefined, 'connection "Primary"'],
    // An unnamed link: its two ends as the canvas labels them.
    ['an unnamed connection', lab, 'conn1', undefined, 'the connection ERGW1 → CIRCUIT_EQUINIX'],
    ['an unnamed peering between unnamed VNets', lab, 'peer', undefined, 'the peering Hub VNet → VNet 10.254.0.0/16'],
    [
      'an unnamed link between unnamed nodes',
      () => unnamed(),
      'conn1',
      undefined,
      'the connection ER gateway in VNet 10.255.0.0/16 → Circuit (provider, 1 Gbps, Standard)',
    ],
    [
      'a circuit link',
      () => unnamed({ onprem: 'HQ' }),
      'link',
      undefined,
      'the circuit link HQ → Circuit (provider, 1 Gbps, Standard)',
    ],
    // An unnamed node: its address, or its settings, and where it sits when that is all there is.
    ['an unnamed VM', lab, 'hubvm', undefined, 'the VM 10.255.10.4'],
    ['an unnamed VNet', lab, 'spoke', undefined, 'the VNet 10.254.0.0/16'],
    ['an unnamed VNet in a role', lab, 'spoke', 'spoke', 'the spoke 10.254.0.0/16'],
    ['an unnamed site', lab, 'onprem', undefined, 'the on-premises site 10.0.0.0/16'],
    ['an unnamed circuit', () => unnamed(), 'er1', undefined, 'the circuit (provider, 1 Gbps, Standard)'],
    ['an unnamed gateway', lab, 'gw1', undefined, 'gateway "ERGW1"'],
    [
      'an unnamed gateway in a named VNet',
      () => unnamed({ hub: 'Hub' }),
      'gw1',
      undefined,
      'the gateway (ErGw3AZ) in VNet "Hub"',
    ],
    [
      'an unnamed gateway in an unnamed VNet',
      () => unnamed().patch('gw1', { sku: 'ErGwScale', scaleUnits: 4 }),
      'gw1',
      undefined,
      'the gateway (ErGwScale, 4 units) in the VNet 10.255.0.0/16',
    ],
    ['an unnamed endpoint without an address', lab, 'pe', undefined, 'the private endpoint in VNet "Hub VNet"'],
    ['a blank name counts as none', lab, 'nic', undefined, 'the VM in VNet "Hub VNet"'],
    [
      'an unnamed VNet with neither space nor region',
      () => unnamed().patch('spoke', { addressSpace: [], region: '' }),
      'spoke',
      undefined,
      'the VNet (id "spoke")',
    ],
    [
      'an unnamed VNet with only a region',
      () => unnamed().patch('spoke', { addressSpace: [] }),
      'spoke',
      undefined,
      'the VNet (westeurope)',
    ],
  ] as const)('%s', (_name, design, id, noun, expected) => {
    expect(new Topology(design().build()).name(id, noun)).toBe(expected);
  });

  it('capitalises a name that starts a sentence, and lists names', () => {
    expect(capitalise('the VM 10.1.0.4')).toBe('The VM 10.1.0.4');
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b'])).toBe('a and b');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('messages about unnamed parts', () => {
  // The rules name subjects through Topology.name: a connection drawn without a name reads as
  // its ends, as in the lab where "conn2" appears nowhere on the canvas.
  const message = (draft: DesignDraft, ruleId: string, flow?: string) => {
    const result = draft.evaluate('latest');
    const findings = flow ? (result.flows[flow]?.findings ?? []) : result.findings;
    return findings.find((f) => f.ruleId === ruleId)?.message;
  };

  it.each([
    [
      'fastpath-flag',
      () => lab().patch('conn1', { fastPath: false }).flow('f', 'onprem', 'hubvm'),
      'f',
      'FastPath is not enabled on the connection ERGW1 → CIRCUIT_EQUINIX, so the gateway carries this traffic.',
    ],
    [
      'gateway-sku',
      () => lab().patch('gw1', { sku: 'Standard' }),
      undefined,
      'FastPath is enabled on the connection ERGW1 → CIRCUIT_EQUINIX, but the Standard SKU cannot run FastPath ' +
        '(only Ultra Performance, ErGw3AZ and ErGwScale with at least 10 scale units).',
    ],
    [
      'gateway-required',
      () => lab().patch('peer', { useRemoteGateways: false }).flow('f', 'onprem', 'spokevm'),
      'f',
      'The peering Hub VNet → VNet 10.254.0.0/16 does not carry gateway transit: ' +
        'Allow Gateway Transit (hub side) and Use Remote Gateways (spoke side) must both be on.',
    ],
    [
      'vnet-peering-spoke',
      () => lab().flow('f', 'onprem', 'spokevm'),
      'f',
      'The VNet 10.254.0.0/16 is peered to the hub; FastPath to peered VNets works only over ExpressRoute Direct, ' +
        'so over this provider circuit the hub gateway carries the traffic.',
    ],
  ] as const)('%s', (ruleId, design, flow, expected) => {
    expect(message(design(), ruleId, flow)).toBe(expected);
  });
});
