import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, loadDesign } from '../engine/index.ts';
import { estateFormatOf, importEstate, withFlows } from './index.ts';
import { armTemplate, comparable, design, imported, node, resourceGraph } from './testing/estate-kit.ts';

// The estate importer on Resource Graph output: one estate written from the documented shapes
// (fixtures/estates/contoso.arg.json: a Direct and a provider circuit, two hubs in two regions, four
// spokes with gateway transit, an ErGwScale gateway, a UDR to a firewall on a GatewaySubnet, private
// endpoints, an internal load balancer, a DNS resolver), then what an export can get wrong.

const fixture = resourceGraph;

describe('recognising an estate export', () => {
  it.each([
    { what: 'the az graph query wrapper', value: fixture(), format: 'resource-graph' },
    { what: 'a bare array (Search-AzGraph | ConvertTo-Json)', value: fixture().data, format: 'resource-graph' },
    { what: 'one az network … show object', value: fixture().data[0], format: 'resource-graph' },
    { what: 'a design', value: { format: 'fastpath-design', version: 1, nodes: [], edges: [] }, format: null },
    { what: 'an empty array', value: [], format: null },
    { what: 'a number', value: 42, format: null },
  ])('tells $what', ({ value, format }) => {
    expect(estateFormatOf(value)).toBe(format);
  });
});

describe('the Contoso estate from Resource Graph', () => {
  it('becomes a valid design: VNets with what lives in them, each keeping its Azure id', () => {
    const d = design();
    const kinds = (kind: string) =>
      d.nodes
        .filter((n) => n.kind === kind)
        .map((n) => n.id)
        .sort();
    expect(kinds('vnet')).toEqual([
      'vnet-app1-weu',
      'vnet-app2-weu',
      'vnet-data-neu',
      'vnet-hub-neu',
      'vnet-hub-weu',
      'vnet-web-neu',
    ]);
    expect(kinds('vm')).toEqual(['vm-app1-01', 'vm-app2-01', 'vm-data-01', 'vm-web-01']);
    expect(node(d, 'vnet-hub-weu')).toMatchObject({ props: { region: 'westeurope', addressSpace: ['10.10.0.0/16'] } });
    expect(node(d, 'vm-app1-01')).toMatchObject({ parentId: 'vnet-app1-weu', props: { ip: '10.11.1.4' } });
    expect(node(d, 'vnet-hub-weu')?.azureId).toMatch(/\/virtualNetworks\/vnet-hub-weu$/);
    expect(node(d, 'vm-app1-01')?.azureId).toMatch(/\/Microsoft\.Compute\/virtualMachines\/vm-app1-01$/);
  });

  it('reads gateways: SKU, ErGwScale units, and the firewall a GatewaySubnet route sends traffic to', () => {
    const d = design();
    expect(node(d, 'ergw-hub-weu')).toMatchObject({
      parentId: 'vnet-hub-weu',
      props: { sku: 'ErGw3AZ', udrNextHopId: 'afw-hub-weu' },
    });
    expect(node(d, 'ergw-hub-neu')).toMatchObject({
      parentId: 'vnet-hub-neu',
      props: { sku: 'ErGwScale', scaleUnits: 2 },
    });
    expect(node(d, 'afw-hub-weu')).toMatchObject({ kind: 'nva', props: { product: 'azureFirewall', ip: '10.10.1.4' } });
  });

  it('reads circuits, Direct from its port, and connections with their FastPath flags, never their keys', () => {
    const d = design();
    expect(node(d, 'erc-direct-ams')).toMatchObject({
      props: {
        circuitType: 'direct',
        bandwidthMbps: 10_000,
        sku: 'Premium',
        peeringLocation: 'Equinix-Amsterdam-AM5',
        portId: 'erport-amsterdam',
      },
    });
    expect(node(d, 'erc-equinix-dublin')).toMatchObject({
      props: { circuitType: 'provider', bandwidthMbps: 1000, sku: 'Standard', peeringLocation: 'Dublin' },
    });
    const connection = d.edges.find((e) => e.id === 'cn-ergw-hub-weu-direct');
    expect(connection).toMatchObject({
      source: 'ergw-hub-weu',
      target: 'erc-direct-ams',
      props: { fastPath: true, privateLinkFastPath: true, routingWeight: 10 },
    });
    expect(JSON.stringify(d)).not.toContain('not-a-real-key');
    expect(imported().report.secretsDropped).toBe(1);
  });

  it('merges the two directions of each peering into one, from the hub', () => {
    const peerings = design()
      .edges.filter((e) => e.kind === 'vnetPeering')
      .map((e) => [e.source, e.target, e.props]);
    expect(peerings).toEqual([
      ['vnet-hub-weu', 'vnet-app1-weu', { allowGatewayTransit: true, useRemoteGateways: true }],
      ['vnet-hub-weu', 'vnet-app2-weu', { allowGatewayTransit: true, useRemoteGateways: true }],
      ['vnet-hub-neu', 'vnet-data-neu', { allowGatewayTransit: true, useRemoteGateways: true }],
      ['vnet-hub-neu', 'vnet-web-neu', { allowGatewayTransit: true, useRemoteGateways: true }],
    ]);
  });

  it('reads endpoints: private endpoints with their service and IP (from DNS configs or their NIC), an internal load balancer, a DNS resolver', () => {
    const d = design();
    expect(node(d, 'pe-blob-app1')).toMatchObject({ props: { service: 'Storage', ip: '10.11.2.5' } });
    expect(node(d, 'pe-sql-data')).toMatchObject({ props: { service: 'SQL', ip: '10.21.2.5' } });
    expect(node(d, 'lbi-web-neu')).toMatchObject({ props: { sku: 'Standard', frontendIp: '10.22.1.10' } });
    expect(node(d, 'in-hub-weu')).toMatchObject({ kind: 'dnsResolver', props: { ip: '10.10.3.4' } });
    // The private endpoint's own NIC is not a VM.
    expect(d.nodes.filter((n) => n.label.includes('nic'))).toEqual([]);
  });

  it('proposes a site per circuit and a flow to each workload it reaches, and gets each verdict', () => {
    const estate = imported();
    expect(
      design()
        .nodes.filter((n) => n.kind === 'onPremises')
        .map((n) => n.label),
    ).toEqual(['On-premises (ExpressRoute Direct, Equinix-Amsterdam-AM5)', 'On-premises (Equinix, Dublin)']);
    const d = design();
    const result = evaluate(d);
    const verdicts = estate.proposedFlows.map((flow) => [flow.route, result.flows[flow.id]?.verdict]);
    expect(verdicts).toEqual([
      // The Direct circuit's hub: FastPath, through the firewall the GatewaySubnet's route names.
      ['On-premises (ExpressRoute Direct, Equinix-Amsterdam-AM5) → vm-app1-01', 'fastpath'],
      ['On-premises (ExpressRoute Direct, Equinix-Amsterdam-AM5) → vm-app2-01', 'fastpath'],
      ['On-premises (ExpressRoute Direct, Equinix-Amsterdam-AM5) → pe-blob-app1', 'fastpath'],
      ['On-premises (ExpressRoute Direct, Equinix-Amsterdam-AM5) → in-hub-weu', 'fastpath'],
      // The provider circuit's hub: an ErGwScale gateway below 10 units, and spokes behind a provider circuit.
      ['On-premises (Equinix, Dublin) → vm-data-01', 'gateway'],
      ['On-premises (Equinix, Dublin) → vm-web-01', 'gateway'],
      ['On-premises (Equinix, Dublin) → pe-sql-data', 'gateway'],
      ['On-premises (Equinix, Dublin) → lbi-web-neu', 'gateway'],
    ]);
    expect(result.flows['flow-5']?.findings.filter((f) => f.decisive).map((f) => f.ruleId)).toContain('gateway-sku');
    expect(result.flows['flow-1']?.path.map((hop) => hop.nodeId)).toContain('afw-hub-weu');
  });

  it('keeps only the flows the architect confirmed', () => {
    const d = design(fixture(), new Set(['flow-1', 'flow-5']));
    expect(d.edges.filter((e) => e.kind === 'flow').map((e) => e.id)).toEqual(['flow-1', 'flow-5']);
  });

  it('reports what each type became, and keeps the report as a note on the design', () => {
    const estate = imported();
    expect(estate.report.read).toContainEqual({
      type: 'microsoft.network/networkinterfaces',
      count: 5,
      became: '4 interfaces of VMs, 1 part of a private endpoint',
    });
    expect(estate.report.ignored).toEqual([]);
    expect(design().notes[0]?.text).toMatch(/^Imported from an Azure estate export\./);
    expect(design().notes[0]?.text).toContain('1 authorization or shared keys were in the export and were not read.');
  });
});

describe('what an export can get wrong', () => {
  const edited = (edit: (value: ReturnType<typeof fixture>) => void) => {
    const value = fixture();
    edit(value);
    return value;
  };
  const row = (value: ReturnType<typeof fixture>, name: string) => {
    const found = value.data.find((r) => r.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };

  it('warns that a page is missing when Resource Graph gave a skip_token', () => {
    const estate = imported(edited((value) => (value.skip_token = 'ew0KICAiJGlkIjogIjEiLA0K')));
    expect(estate.report.warnings[0]).toMatch(/^The export is incomplete: .*--skip-token/);
  });

  it('warns that PowerShell cut the export short (ConvertTo-Json without -Depth)', () => {
    const value = edited((v) => {
      row(v, 'vnet-app2-weu').properties.subnets = ['@{name=snet-app; id=/subscriptions/…; properties=}'];
    });
    expect(imported(value.data).report.warnings.join(' ')).toMatch(
      /vnet-app2-weu: properties\.subnets\[0\].*-Depth 20/,
    );
  });

  it('leaves out a VPN gateway, saying why', () => {
    const value = edited((v) => {
      v.data.push({
        ...row(v, 'ergw-hub-weu'),
        id: `${row(v, 'ergw-hub-weu').id}-vpn`,
        name: 'vpngw-hub-weu',
        properties: { ...row(v, 'ergw-hub-weu').properties, gatewayType: 'Vpn' },
      });
    });
    expect(imported(value).report.ignored).toContainEqual({
      name: 'vpngw-hub-weu',
      type: 'microsoft.network/virtualnetworkgateways',
      reason: 'a Vpn gateway: only ExpressRoute gateways carry FastPath',
    });
  });

  it('leaves out a peering to a VNet outside the export, and a connection without its circuit', () => {
    const value = edited((v) => {
      v.data = v.data.filter(
        (r) =>
          r.name !== 'vnet-web-neu' &&
          r.name !== 'erc-equinix-dublin' &&
          r.name !== 'lbi-web-neu' &&
          r.name !== 'nic-vm-web-01',
      );
    });
    const estate = imported(value);
    expect(estate.report.ignored).toContainEqual({
      name: 'vnet-hub-neu → vnet-web-neu',
      type: 'microsoft.network/virtualnetworks/virtualnetworkpeerings',
      reason: 'a peering to a VNet that is not in the export',
    });
    expect(estate.report.ignored).toContainEqual({
      name: 'cn-ergw-hub-neu-equinix',
      type: 'microsoft.network/connections',
      reason: 'its circuit is not in the export',
    });
    expect(loadDesign(withFlows(estate)).ok).toBe(true);
  });

  it('takes resource types in any case, as Resource Graph and ARM write them', () => {
    const value = edited((v) => {
      for (const r of v.data)
        r.type = r.type.replace('microsoft.network', 'Microsoft.Network').replace('virtualnetworks', 'virtualNetworks');
    });
    expect(design(value).nodes.filter((n) => n.kind === 'vnet')).toHaveLength(6);
  });

  it('reads az network output, whose rows have no properties level', () => {
    const value = fixture().data.map(({ properties, ...rest }) => ({ ...rest, ...properties }));
    expect(design(value).nodes).toHaveLength(design().nodes.length);
  });

  it('keeps hostile names as plain labels, and never throws on any JSON', () => {
    const value = edited((v) => {
      row(v, 'nic-vm-app1-01').properties.virtualMachine = {
        id: '/subscriptions/x/providers/Microsoft.Compute/virtualMachines/<img src=x onerror=alert(1)>\u001b[2J',
      };
    });
    expect(design(value).nodes.map((n) => n.label)).toContain('<img src=x onerror=alert(1)>\u001b[2J');
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = importEstate(json, 'x');
        if (result.ok) expect(loadDesign(withFlows(result)).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constant('/subscriptions/s/providers/Microsoft.Network/virtualNetworks/v'),
            type: fc.constantFrom(
              'microsoft.network/virtualnetworks',
              'microsoft.network/connections',
              'microsoft.network/networkinterfaces',
              'microsoft.network/virtualnetworkgateways',
            ),
            name: fc.string(),
            properties: fc.jsonValue(),
          }),
        ),
        (rows) => {
          const result = importEstate(rows, 'x');
          if (result.ok) expect(loadDesign(withFlows(result)).ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the same estate from an exported ARM template', () => {
  const template = armTemplate;

  it('is recognised, and gives the design Resource Graph gives, verdicts and all', () => {
    expect(estateFormatOf(template())).toBe('arm-template');
    const fromTemplate = design(template());
    expect(comparable(fromTemplate)).toEqual(comparable(design()));
    expect(evaluate(fromTemplate).flows).toEqual(evaluate(design()).flows);
    expect(node(fromTemplate, 'vnet-hub-weu')?.azureId).toBe(
      '/subscriptions/template-subscription/resourceGroups/template-resource-group/providers/Microsoft.Network/virtualNetworks/vnet-hub-weu',
    );
  });

  it('works out parameters, variables, concat, format and resourceId, with and without a subscription', () => {
    const value = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: {
        hubName: { type: 'String', defaultValue: 'vnet-hub' },
        region: { type: 'String', defaultValue: 'westeurope' },
      },
      variables: { spaces: ['10.1.0.0/16'], spokeName: "[concat(parameters('hubName'), '-spoke')]" },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          name: "[parameters('hubName')]",
          location: "[parameters('region')]",
          properties: { addressSpace: { addressPrefixes: "[variables('spaces')]" } },
        },
        {
          type: 'Microsoft.Network/virtualNetworks',
          name: "[variables('spokeName')]",
          location: "[toLower('WestEurope')]",
          properties: { addressSpace: { addressPrefixes: ["[format('10.{0}.0.0/16', 2)]"] } },
        },
        {
          type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
          name: "[concat(parameters('hubName'), '/to-spoke')]",
          properties: {
            remoteVirtualNetwork: { id: "[resourceId('Microsoft.Network/virtualNetworks', variables('spokeName'))]" },
            allowGatewayTransit: true,
          },
        },
        {
          type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
          name: "[concat(variables('spokeName'), '/to-hub')]",
          properties: {
            remoteVirtualNetwork: {
              id: "[resourceId(subscription().subscriptionId, resourceGroup().name, 'Microsoft.Network/virtualNetworks', parameters('hubName'))]",
            },
            useRemoteGateways: true,
          },
        },
      ],
    };
    const d = design(value);
    expect(d.nodes.map((n) => [n.id, n.props])).toEqual([
      ['vnet-hub', { region: 'westeurope', addressSpace: ['10.1.0.0/16'] }],
      ['vnet-hub-spoke', { region: 'westeurope', addressSpace: ['10.2.0.0/16'] }],
    ]);
    expect(d.edges.map((e) => [e.source, e.target, e.props])).toEqual([
      ['vnet-hub', 'vnet-hub-spoke', { allowGatewayTransit: true, useRemoteGateways: true }],
    ]);
  });

  it('leaves out what it cannot work out, says so, and warns of an export past the portal’s limit', () => {
    const value = template();
    value.resources.push({ type: 'Microsoft.Network/virtualNetworks', name: "[reference('x').name]", properties: {} });
    const estate = imported(value);
    expect(estate.report.warnings.join(' ')).toMatch(/resources\[47\]: a resource without a type or a name/);
    const large = template();
    for (let i = 0; i < 160; i++)
      large.resources.push({ type: 'Microsoft.Network/publicIPAddresses', name: `pip-${i}`, properties: {} });
    expect(imported(large).report.warnings.join(' ')).toMatch(/holds 208 resources; the portal exports at most 200/);
  });

  it('keeps a peering to a VNet outside the export (an externalid parameter) out, saying why', () => {
    const value = template();
    value.parameters = {
      ...(value.parameters as object),
      virtualNetworks_partner_externalid: {
        type: 'String',
        defaultValue: '/subscriptions/other/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/partner',
      },
    };
    value.resources.push({
      type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
      name: "[concat(parameters('virtualNetworks_vnet_hub_weu_name'), '/to-partner')]",
      properties: { remoteVirtualNetwork: { id: "[parameters('virtualNetworks_partner_externalid')]" } },
    });
    expect(imported(value).report.ignored).toContainEqual({
      name: 'vnet-hub-weu → partner',
      type: 'microsoft.network/virtualnetworks/virtualnetworkpeerings',
      reason: 'a peering to a VNet that is not in the export',
    });
  });
});
