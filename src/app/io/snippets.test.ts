import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, loadDesign, type DesignEdgeOf } from '../../engine/index.ts';
import { DesignDraft } from '../../engine/testing/design-builder.ts';
import { azureName, connectionSnippets } from './snippets.ts';
import { refusalMessage } from './snippet-values.ts';

// Golden files, one per connection setting and language (src/app/io/golden/); CI fails on a
// missing or different file, so a change to the commands is always looked at.

function design(
  props: { fastPath: boolean; privateLinkFastPath: boolean; routingWeight?: number },
  circuitType: 'direct' | 'provider' = 'direct',
  sku = 'ErGw3AZ',
  region = 'westeurope',
) {
  const draft = new DesignDraft()
    .node('site', 'onPremises', { prefixes: ['172.16.0.0/16'] })
    .node('er', 'circuit', { circuitType, bandwidthMbps: circuitType === 'direct' ? 10000 : 1000 })
    .node('hub', 'vnet', { region, addressSpace: ['10.0.0.0/16'] })
    .node('gw', 'gateway', { sku }, 'hub')
    .node('vm', 'vm', { ip: '10.0.0.4' }, 'hub')
    .edge('link', 'circuitLink', 'site', 'er')
    .edge('conn', 'connection', 'gw', 'er', props)
    .node('pe', 'privateEndpoint', { ip: '10.0.0.9' }, 'hub')
    .flow('f', 'site', 'vm')
    .flow('fpe', 'site', 'pe');
  const built = draft.build();
  built.nodes = built.nodes.map((n) =>
    n.id === 'gw' ? { ...n, label: 'Hub ER Gateway' } : n.id === 'er' ? { ...n, label: 'ER Amsterdam (Equinix)' } : n,
  );
  return built;
}

const connectionOf = (d: ReturnType<typeof design>) =>
  d.edges.find((e): e is DesignEdgeOf<'connection'> => e.kind === 'connection')!;

describe('deployment snippets', () => {
  const settings = [
    { name: 'fastpath-on', props: { fastPath: true, privateLinkFastPath: false } },
    { name: 'fastpath-off', props: { fastPath: false, privateLinkFastPath: false, routingWeight: 10 } },
    { name: 'private-link', props: { fastPath: true, privateLinkFastPath: true } },
  ];

  it.each(settings)('$name: matches the golden commands', async ({ name, props }) => {
    const d = design(props);
    const out = connectionSnippets(d, connectionOf(d), evaluate(d));
    for (const snippet of out.snippets) {
      await expect(snippet.code).toMatchFileSnapshot(`golden/${name}.${snippet.language}.txt`);
    }
  });

  it.each(settings)('$name: uses only the property names the documentation gives', ({ props }) => {
    const d = design(props);
    const code = Object.fromEntries(
      connectionSnippets(d, connectionOf(d), null).snippets.map((s) => [s.language, s.code]),
    );
    expect(code.cli).toContain(`--express-route-gateway-bypass ${props.fastPath}`);
    expect(code.cli).not.toContain('--enable-fastpath');
    expect(code.powershell?.includes('-ExpressRouteGatewayBypass')).toBe(props.fastPath);
    expect(code.powershell?.includes('-EnablePrivateLinkFastPath')).toBe(props.privateLinkFastPath);
    expect(code.bicep).toContain(`expressRouteGatewayBypass: ${props.fastPath}`);
    expect(code.bicep).toContain(`enablePrivateLinkFastPath: ${props.privateLinkFastPath}`);
    expect(code.terraform).toMatch(new RegExp(`express_route_gateway_bypass\\s+= ${props.fastPath}`));
    expect(code.terraform).toMatch(new RegExp(`private_link_fast_path_enabled = ${props.privateLinkFastPath}`));
  });

  it.each([
    {
      name: 'a gateway SKU without FastPath',
      d: design({ fastPath: true, privateLinkFastPath: false }, 'provider', 'ErGw2AZ'),
      warning: /ErGw2AZ SKU cannot run FastPath/,
    },
    {
      name: 'Private Link FastPath on a provider circuit',
      d: design({ fastPath: true, privateLinkFastPath: true }, 'provider'),
      warning: /no effect on provider circuits/,
    },
  ])('warns about $name', ({ d, warning }) => {
    const out = connectionSnippets(d, connectionOf(d), evaluate(d));
    expect(out.warnings.some((w) => warning.test(w))).toBe(true);
  });

  it('has no warning for a connection that gets FastPath', () => {
    const d = design({ fastPath: true, privateLinkFastPath: false });
    expect(connectionSnippets(d, connectionOf(d), evaluate(d)).warnings).toEqual([]);
  });

  it.each([
    ['ER Amsterdam (Equinix)', 'ER-Amsterdam-Equinix'],
    ['Büro-GW', 'Buro-GW'],
    ['***', 'fallback'],
  ])('names %j for Azure as %j', (label, name) => {
    expect(azureName(label, 'fallback')).toBe(name);
  });

  it.each(settings)('$name: the golden Azure CLI commands are valid bash', ({ name }) => {
    const script = readFileSync(new URL(`golden/${name}.cli.txt`, import.meta.url), 'utf8');
    const check = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it.each(readdirSync(new URL('../../../fixtures/examples/', import.meta.url)).filter((f) => f.endsWith('.json')))(
    'refuses nothing in the example %s',
    (file) => {
      const loaded = loadDesign(readFileSync(new URL(`../../../fixtures/examples/${file}`, import.meta.url), 'utf8'));
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const connections = loaded.design.edges.filter((e): e is DesignEdgeOf<'connection'> => e.kind === 'connection');
      expect(connections.length).toBeGreaterThan(0);
      for (const connection of connections)
        expect(connectionSnippets(loaded.design, connection, null).refused).toEqual([]);
    },
  );

  it('refuses nothing in a design Azure would take', () => {
    const d = design({ fastPath: true, privateLinkFastPath: false });
    expect(connectionSnippets(d, connectionOf(d), null).refused).toEqual([]);
  });

  it.each([
    { region: 'West Europe', written: 'westeurope' },
    { region: 'east-us-2', written: 'eastus2' },
    // Opened after the catalogue was written: kept, as it has the shape of a region name.
    { region: 'atlantiscentral', written: 'atlantiscentral' },
  ])('writes the region $region as $written', ({ region, written }) => {
    const d = design({ fastPath: true, privateLinkFastPath: false }, 'direct', 'ErGw3AZ', region);
    const out = connectionSnippets(d, connectionOf(d), null);
    expect(out.refused).toEqual([]);
    const code = Object.fromEntries(out.snippets.map((s) => [s.language, s.code]));
    expect(code.cli).toContain(`--location ${written} `);
    expect(code.powershell).toContain(`-Location '${written}' `);
    expect(code.bicep).toContain(`param location string = '${written}'`);
    expect(code.terraform).toMatch(new RegExp(`location\\s+= "${written}"`));
  });

  it('puts a placeholder where a VNet has no region, and says so', () => {
    const d = design({ fastPath: true, privateLinkFastPath: false }, 'direct', 'ErGw3AZ', '');
    const out = connectionSnippets(d, connectionOf(d), null);
    expect(out.refused.map((r) => r.field)).toEqual(['region']);
    expect(refusalMessage(out.refused[0]!)).toBe('Region is not set: replaced by <location>.');
    expect(out.snippets.find((s) => s.language === 'cli')?.code).toContain("--location '<location>' ");
  });

  it.each([{ weight: -1 }, { weight: 2.5 }, { weight: 40_000 }])('refuses routing weight $weight', ({ weight }) => {
    // The schema refuses these on load; the snippets must hold even for a design that skipped it.
    const d = design({ fastPath: true, privateLinkFastPath: false });
    const connection = connectionOf(d);
    const out = connectionSnippets(d, { ...connection, props: { ...connection.props, routingWeight: weight } }, null);
    expect(out.refused.map((r) => r.field)).toEqual(['routingWeight']);
    const code = Object.fromEntries(out.snippets.map((s) => [s.language, s.code]));
    expect(code.cli).toContain("--routing-weight '<routing-weight>' ");
    expect(code.bicep).toContain("routingWeight: '<routing-weight>'");
    expect(code.terraform).toMatch(/routing_weight\s+= "<routing-weight>"/);
    expect(Object.values(code).join('\n')).not.toContain(String(weight));
  });

  it("keeps the connection's Bicep symbol apart from the gateway, circuit and location", () => {
    const d = design({ fastPath: true, privateLinkFastPath: false });
    const connection = { ...connectionOf(d), label: 'Gateway' };
    const bicep = connectionSnippets(d, connection, null).snippets.find((s) => s.language === 'bicep')?.code ?? '';
    expect(bicep).toContain("resource gateway_connection 'Microsoft.Network/connections@2023-09-01'");
  });

  it('cuts a long label to a name that still ends the way Azure wants', () => {
    const name = azureName(`${'a'.repeat(79)}-b`, 'fallback');
    expect(name).toBe('a'.repeat(79));
  });
});
