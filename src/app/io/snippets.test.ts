import { describe, expect, it } from 'vitest';
import { evaluate, type DesignEdgeOf } from '../../engine/index.ts';
import { DesignDraft } from '../../engine/testing/design-builder.ts';
import { azureName, connectionSnippets } from './snippets.ts';

// Golden files, one per connection setting and language (src/app/io/golden/); CI fails on a
// missing or different file, so a change to the commands is always looked at.

function design(props: { fastPath: boolean; privateLinkFastPath: boolean; routingWeight?: number }, circuitType: 'direct' | 'provider' = 'direct', sku = 'ErGw3AZ') {
  const draft = new DesignDraft()
    .node('site', 'onPremises', { prefixes: ['172.16.0.0/16'] })
    .node('er', 'circuit', { circuitType, bandwidthMbps: circuitType === 'direct' ? 10000 : 1000 })
    .node('hub', 'vnet', { region: 'westeurope', addressSpace: ['10.0.0.0/16'] })
    .node('gw', 'gateway', { sku }, 'hub')
    .node('vm', 'vm', { ip: '10.0.0.4' }, 'hub')
    .edge('link', 'circuitLink', 'site', 'er')
    .edge('conn', 'connection', 'gw', 'er', props)
    .node('pe', 'privateEndpoint', { ip: '10.0.0.9' }, 'hub')
    .flow('f', 'site', 'vm')
    .flow('fpe', 'site', 'pe');
  const built = draft.build();
  built.nodes = built.nodes.map((n) => (n.id === 'gw' ? { ...n, label: 'Hub ER Gateway' } : n.id === 'er' ? { ...n, label: 'ER Amsterdam (Equinix)' } : n));
  return built;
}

const connectionOf = (d: ReturnType<typeof design>) => d.edges.find((e): e is DesignEdgeOf<'connection'> => e.kind === 'connection')!;

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

  it.each(settings)('$name: uses only the property names RULES.md section 5 verifies', ({ props }) => {
    const d = design(props);
    const code = Object.fromEntries(connectionSnippets(d, connectionOf(d), null).snippets.map((s) => [s.language, s.code]));
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
    { name: 'a gateway SKU without FastPath', d: design({ fastPath: true, privateLinkFastPath: false }, 'provider', 'ErGw2AZ'), warning: /ErGw2AZ SKU cannot run FastPath/ },
    { name: 'Private Link FastPath on a provider circuit', d: design({ fastPath: true, privateLinkFastPath: true }, 'provider'), warning: /no effect on provider circuits/ },
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
});
