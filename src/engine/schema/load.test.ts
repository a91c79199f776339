import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDesign } from './load.ts';
import { formatProblem, LOAD_ERROR_CODES } from './errors.ts';
import { migrate, type Migration } from '../migrations/index.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/examples/${name}.json`, import.meta.url), 'utf8');
const doc = (extra: Record<string, unknown> = {}) => ({
  format: 'fastpath-design',
  version: 1,
  nodes: [],
  edges: [],
  ...extra,
});
const errorsOf = (input: unknown) => {
  const result = loadDesign(typeof input === 'string' ? input : JSON.stringify(input));
  if (result.ok) throw new Error('expected the design to be refused');
  return result.errors;
};
const messages = (input: unknown) => errorsOf(input).map(formatProblem);

const vnet = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'vnet', label: id, ...extra });

describe('loadDesign', () => {
  it.each(['hub-spoke-lab', 'direct-private-link', 'provider-wrong-sku'])('loads the %s example', (name) => {
    const result = loadDesign(fixture(name));
    expect(result.ok).toBe(true);
  });

  it('fills defaults for every optional prop', () => {
    const result = loadDesign(
      doc({
        nodes: [vnet('v'), { id: 'g', kind: 'gateway', parentId: 'v' }, { id: 'c', kind: 'circuit' }],
        edges: [{ id: 'k', kind: 'connection', source: 'g', target: 'c' }],
      }),
    );
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join());
    const { design } = result;
    expect(design.rulesAsOf).toBe('latest');
    expect(design.allowPreviews).toBe(false);
    expect(design.nodes.find((n) => n.id === 'g')?.props).toEqual({ sku: 'Standard', scaleUnits: 1 });
    expect(design.nodes.find((n) => n.id === 'c')?.props).toEqual({
      circuitType: 'provider',
      bandwidthMbps: 1000,
      sku: 'Standard',
      peeringLocation: '',
      portId: '',
    });
    expect(design.edges[0]?.props).toEqual({ fastPath: false, privateLinkFastPath: false, routingWeight: 0 });
  });

  it('keeps unknown fields at every level', () => {
    const result = loadDesign(
      doc({ owner: 'netops', nodes: [vnet('v', { colour: 'blue', props: { region: 'westeurope', tier: 'gold' } })] }),
    );
    if (!result.ok) throw new Error('refused');
    expect(result.design.owner).toBe('netops');
    expect(result.design.nodes[0]?.colour).toBe('blue');
    expect(result.design.nodes[0]?.props).toMatchObject({ tier: 'gold' });
  });

  it.each([
    ['not JSON', '{"format": ', LOAD_ERROR_CODES.notJson, ''],
    ['empty', '   ', LOAD_ERROR_CODES.notJson, ''],
    ['a JSON array', '[1,2]', LOAD_ERROR_CODES.notDesign, ''],
    ['another format', JSON.stringify({ format: 'drawio' }), LOAD_ERROR_CODES.notDesign, 'format'],
    ['a newer version', JSON.stringify(doc({ version: 2 })), LOAD_ERROR_CODES.tooNew, 'version'],
    ['a fractional version', JSON.stringify(doc({ version: 1.5 })), LOAD_ERROR_CODES.invalid, 'version'],
    ['an unknown pack', JSON.stringify(doc({ rulesAsOf: '2018' })), LOAD_ERROR_CODES.invalid, 'rulesAsOf'],
    ['nodes that are not a list', JSON.stringify(doc({ nodes: {} })), LOAD_ERROR_CODES.invalid, 'nodes'],
  ])('refuses %s', (_name, input, code, path) => {
    const [first] = errorsOf(input);
    expect(first?.code).toBe(code);
    expect(first?.path).toBe(path);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = JSON.stringify(doc({ title: 'x'.repeat(400) })).padEnd(3000, ' ');
    expect(loadDesign(text).ok).toBe(true);
    const big = loadDesign(text, { maxBytes: 1000 });
    expect(big.ok ? undefined : big.errors[0]?.code).toBe(LOAD_ERROR_CODES.tooLarge);
  });

  it('refuses absurd nesting with a message, not a stack overflow', () => {
    const [first] = errorsOf(
      `{"format":"fastpath-design","version":1,"nodes":[],"x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    );
    expect(first?.code).toBe(LOAD_ERROR_CODES.tooDeep);
  });

  it.each([
    [
      'a wrong SKU',
      [vnet('v'), { id: 'g', kind: 'gateway', parentId: 'v', props: { sku: 'Turbo' } }],
      [],
      'nodes[1].props.sku: expected one of "Standard"',
    ],
    [
      'a wrong type',
      [{ id: 'c', kind: 'circuit', props: { bandwidthMbps: '1G' } }],
      [],
      'nodes[0].props.bandwidthMbps: expected number, got "1G"',
    ],
    [
      'a bad CIDR',
      [vnet('v', { props: { addressSpace: ['10.0.0.0/40'] } })],
      [],
      'nodes[0].props.addressSpace[0]: expected a CIDR prefix',
    ],
    [
      'a bad IP',
      [vnet('v'), { id: 'm', kind: 'vm', parentId: 'v', props: { ip: '10.0.0.300' } }],
      [],
      'nodes[1].props.ip: expected an IP address',
    ],
    ['an unknown kind', [{ id: 's', kind: 'satellite' }], [], 'nodes[0].kind: expected one of'],
    ['a missing id', [{ kind: 'vnet' }], [], 'nodes[0].id: is required'],
    ['a VM outside any VNet', [{ id: 'm', kind: 'vm' }], [], 'nodes[0].parentId: a VM must be inside a VNet'],
    [
      'a VNet inside a VNet',
      [vnet('a'), vnet('b', { parentId: 'a' })],
      [],
      'nodes[1].parentId: a VNet sits at the top level',
    ],
    ['a dangling parent', [{ id: 'm', kind: 'vm', parentId: 'ghost' }], [], 'nodes[0].parentId: refers to "ghost"'],
    [
      'a VM inside a circuit',
      [
        { id: 'c', kind: 'circuit' },
        { id: 'm', kind: 'vm', parentId: 'c' },
      ],
      [],
      'nodes[1].parentId: a VM must be inside a VNet, not inside a circuit',
    ],
    [
      'two gateways in one VNet',
      [vnet('v'), { id: 'g1', kind: 'gateway', parentId: 'v' }, { id: 'g2', kind: 'gateway', parentId: 'v' }],
      [],
      'nodes[2].parentId: VNet "v" already has the ExpressRoute gateway "g1"',
    ],
    ['a duplicate id', [vnet('v'), vnet('v')], [], 'nodes[1].id: duplicate id "v"'],
    [
      'an edge id reusing a node id',
      [vnet('a'), vnet('b')],
      [{ id: 'a', kind: 'vnetPeering', source: 'a', target: 'b' }],
      'edges[0].id: duplicate id "a"',
    ],
    [
      'a dangling edge end',
      [vnet('a')],
      [{ id: 'p', kind: 'vnetPeering', source: 'a', target: 'b' }],
      'edges[0].target: refers to "b"',
    ],
    [
      'a connection from a VNet',
      [vnet('a'), { id: 'c', kind: 'circuit' }],
      [{ id: 'k', kind: 'connection', source: 'a', target: 'c' }],
      'edges[0].source: a connection cannot start at a VNet',
    ],
    [
      'a flow to a gateway',
      [vnet('v'), { id: 'g', kind: 'gateway', parentId: 'v' }, { id: 'o', kind: 'onPremises' }],
      [{ id: 'f', kind: 'flow', source: 'o', target: 'g' }],
      'edges[0].target: a flow cannot end at a gateway',
    ],
    [
      'a flow to itself',
      [{ id: 'o', kind: 'onPremises' }],
      [{ id: 'f', kind: 'flow', source: 'o', target: 'o' }],
      'edges[0]: a flow needs two different ends',
    ],
    [
      'a repeated peering',
      [vnet('a'), vnet('b')],
      [
        { id: 'p1', kind: 'vnetPeering', source: 'a', target: 'b' },
        { id: 'p2', kind: 'vnetPeering', source: 'b', target: 'a' },
      ],
      'edges[1]: repeats edges[0]',
    ],
    [
      'a UDR to a VM',
      [
        vnet('v'),
        { id: 'm', kind: 'vm', parentId: 'v' },
        { id: 'g', kind: 'gateway', parentId: 'v', props: { udrNextHopId: 'm' } },
      ],
      [],
      'nodes[2].props.udrNextHopId: the next hop of a GatewaySubnet route must be an NVA',
    ],
    [
      'an IP version 5 flow',
      [{ id: 'o', kind: 'onPremises' }, vnet('v'), { id: 'm', kind: 'vm', parentId: 'v' }],
      [{ id: 'f', kind: 'flow', source: 'o', target: 'm', props: { ipVersion: 5 } }],
      'edges[0].props.ipVersion: expected one of 4, 6; got 5',
    ],
  ])('refuses %s, naming the place', (_name, nodes, edges, message) => {
    expect(messages(doc({ nodes, edges })).join('\n')).toContain(message);
  });

  it('drops prototype keys without polluting anything', () => {
    const hostile =
      '{"format":"fastpath-design","version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"nodes":[{"id":"v","kind":"vnet","props":{"__proto__":{"polluted":true}}}],"edges":[]}';
    const result = loadDesign(hostile);
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.design)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.design.nodes[0]?.props)).toBe(Object.prototype);
    expect((result.design as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.warnings.map((w) => w.path)).toEqual(['__proto__', 'constructor', 'nodes[0].props.__proto__']);
  });

  it('accepts ids that are prototype names as plain strings', () => {
    const result = loadDesign(
      doc({
        nodes: [
          { id: '__proto__', kind: 'onPremises' },
          { id: 'constructor', kind: 'onPremises' },
        ],
      }),
    );
    expect(result.ok).toBe(true);
  });
});

describe('migrate', () => {
  const steps: Migration[] = [
    { name: 'rename-notes', from: 1, up: (d) => ({ ...d, notes: d.comments, comments: undefined }) },
    { name: 'add-tags', from: 2, up: (d) => ({ ...d, tags: [] }) },
  ];

  it('applies named migrations in order and bumps the version', () => {
    const result = migrate({ version: 1, comments: ['x'] }, 1, 3, steps);
    expect(result).toEqual({ ok: true, doc: { version: 3, notes: ['x'], comments: undefined, tags: [] } });
  });

  it('is a no-op at the current version and refuses a gap', () => {
    expect(migrate({ version: 1 }, 1, 1, steps)).toEqual({ ok: true, doc: { version: 1 } });
    expect(migrate({ version: 1 }, 1, 4, steps).ok).toBe(false);
  });
});
