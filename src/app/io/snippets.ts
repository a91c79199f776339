import type { Design, DesignEdgeOf, DesignNode, EvaluationResult } from '../../engine/index.ts';

// Deployment commands for one connection as designed, in Azure CLI, PowerShell, Bicep and
// Terraform. The FastPath property names are the ones RULES.md section 5 verifies: the CLI flag
// is --express-route-gateway-bypass (there is no --enable-fastpath), PowerShell's switches are
// -ExpressRouteGatewayBypass and -EnablePrivateLinkFastPath, ARM's properties
// expressRouteGatewayBypass and enablePrivateLinkFastPath, azurerm's express_route_gateway_bypass
// and private_link_fast_path_enabled.

export type SnippetLanguage = 'cli' | 'powershell' | 'bicep' | 'terraform';
export type Snippet = { language: SnippetLanguage; label: string; code: string };
export type ConnectionSnippets = { title: string; snippets: Snippet[]; warnings: string[] };

// The resource group is the one thing a design does not know: each snippet asks for it once.
const RESOURCE_GROUP = 'my-resource-group';

/** A name Azure accepts for a resource: letters, digits, '-', '_' and '.', from a label. */
export function azureName(label: string, fallback: string): string {
  const name = label.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 80);
  return name || fallback;
}

/** An identifier for Bicep and Terraform: lower case, letters, digits and '_'. */
function identifier(name: string): string {
  const id = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(id) ? id : `r_${id}`;
}

type Parts = {
  connection: string;
  gateway: string;
  circuit: string;
  location: string;
  fastPath: boolean;
  privateLink: boolean;
  weight: number;
};

function cli(p: Parts): string {
  const lines = [
    `# Azure CLI: connection ${p.connection}, FastPath ${p.fastPath ? 'on' : 'off'}`,
    `RG="${RESOURCE_GROUP}"   # the resource group of the gateway and the circuit`,
    `az network vpn-connection create --name ${p.connection} --resource-group "$RG" \\`,
    `  --vnet-gateway1 ${p.gateway} --express-route-circuit2 ${p.circuit} \\`,
    `  --location ${p.location} --routing-weight ${p.weight} \\`,
    `  --express-route-gateway-bypass ${p.fastPath}`,
    '',
    '# On a connection that already exists:',
    `az network vpn-connection update --name ${p.connection} --resource-group "$RG" \\`,
    `  --express-route-gateway-bypass ${p.fastPath}`,
    `az network vpn-connection show --name ${p.connection} --resource-group "$RG" --query expressRouteGatewayBypass`,
  ];
  if (p.privateLink) lines.push('', '# The Azure CLI has no flag for FastPath to Private Link: set it with PowerShell (see that tab).');
  return lines.join('\n');
}

function powershell(p: Parts): string {
  const switches = [p.fastPath ? '-ExpressRouteGatewayBypass' : '', p.privateLink ? '-EnablePrivateLinkFastPath' : ''].filter(Boolean).join(' ');
  return [
    `# Azure PowerShell (Az.Network): connection ${p.connection}, FastPath ${p.fastPath ? 'on' : 'off'}`,
    `$rg = "${RESOURCE_GROUP}"   # the resource group of the gateway and the circuit`,
    `$circuit = Get-AzExpressRouteCircuit -Name "${p.circuit}" -ResourceGroupName $rg`,
    `$gw = Get-AzVirtualNetworkGateway -Name "${p.gateway}" -ResourceGroupName $rg`,
    `New-AzVirtualNetworkGatewayConnection -Name "${p.connection}" -ResourceGroupName $rg \``,
    `  -VirtualNetworkGateway1 $gw -PeerId $circuit.Id -ConnectionType ExpressRoute \``,
    `  -Location "${p.location}" -RoutingWeight ${p.weight}${switches ? ` ${switches}` : ''}`,
    '',
    '# On a connection that already exists:',
    `$connection = Get-AzVirtualNetworkGatewayConnection -Name "${p.connection}" -ResourceGroupName $rg`,
    `$connection.ExpressRouteGatewayBypass = $${p.fastPath}`,
    ...(p.privateLink ? ['$connection.EnablePrivateLinkFastPath = $true'] : []),
    'Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $connection',
  ].join('\n');
}

function bicep(p: Parts): string {
  return [
    `// Bicep: connection ${p.connection}, FastPath ${p.fastPath ? 'on' : 'off'}`,
    `param location string = '${p.location}'`,
    '',
    `resource gateway 'Microsoft.Network/virtualNetworkGateways@2023-09-01' existing = {`,
    `  name: '${p.gateway}'`,
    '}',
    '',
    `resource circuit 'Microsoft.Network/expressRouteCircuits@2023-09-01' existing = {`,
    `  name: '${p.circuit}'`,
    '}',
    '',
    `resource ${identifier(p.connection)} 'Microsoft.Network/connections@2023-09-01' = {`,
    `  name: '${p.connection}'`,
    '  location: location',
    '  properties: {',
    "    connectionType: 'ExpressRoute'",
    '    virtualNetworkGateway1: { id: gateway.id, properties: {} }',
    '    peer: { id: circuit.id }',
    `    routingWeight: ${p.weight}`,
    `    expressRouteGatewayBypass: ${p.fastPath}`,
    `    enablePrivateLinkFastPath: ${p.privateLink}`,
    '  }',
    '}',
  ].join('\n');
}

function terraform(p: Parts): string {
  const gw = identifier(p.gateway);
  const er = identifier(p.circuit);
  return [
    `# Terraform (azurerm): connection ${p.connection}, FastPath ${p.fastPath ? 'on' : 'off'}`,
    `data "azurerm_virtual_network_gateway" "${gw}" {`,
    `  name                = "${p.gateway}"`,
    '  resource_group_name = var.resource_group_name',
    '}',
    '',
    `data "azurerm_express_route_circuit" "${er}" {`,
    `  name                = "${p.circuit}"`,
    '  resource_group_name = var.resource_group_name',
    '}',
    '',
    `resource "azurerm_virtual_network_gateway_connection" "${identifier(p.connection)}" {`,
    `  name                           = "${p.connection}"`,
    `  location                       = "${p.location}"`,
    '  resource_group_name            = var.resource_group_name',
    '  type                           = "ExpressRoute"',
    `  virtual_network_gateway_id     = data.azurerm_virtual_network_gateway.${gw}.id`,
    `  express_route_circuit_id       = data.azurerm_express_route_circuit.${er}.id`,
    `  routing_weight                 = ${p.weight}`,
    `  express_route_gateway_bypass   = ${p.fastPath}`,
    `  private_link_fast_path_enabled = ${p.privateLink} # azurerm 3.101 or later`,
    '}',
  ].join('\n');
}

/**
 * The commands that build `connection` as designed, and the warnings to read first: the
 * analysis's warnings and errors about the connection, its gateway and its circuit (a gateway
 * SKU without FastPath, Private Link FastPath on a provider circuit, …).
 */
export function connectionSnippets(design: Design, connection: DesignEdgeOf<'connection'>, result: EvaluationResult | null): ConnectionSnippets {
  const nodes = new Map(design.nodes.map((node) => [node.id, node]));
  const gatewayNode = nodes.get(connection.source);
  const circuitNode = nodes.get(connection.target);
  const vnet: DesignNode | undefined = gatewayNode?.parentId ? nodes.get(gatewayNode.parentId) : undefined;
  const gateway = azureName(gatewayNode?.label ?? '', connection.source);
  const circuit = azureName(circuitNode?.label ?? '', connection.target);
  const parts: Parts = {
    connection: azureName(connection.label ?? '', `${gateway}-to-${circuit}`),
    gateway,
    circuit,
    location: (vnet?.kind === 'vnet' && vnet.props.region) || '<location>',
    fastPath: connection.props.fastPath,
    privateLink: connection.props.privateLinkFastPath,
    weight: connection.props.routingWeight,
  };

  const about = new Set([connection.id, connection.source, connection.target]);
  const warnings = new Set<string>();
  if (result) {
    for (const finding of [...result.findings, ...Object.values(result.flows).flatMap((flow) => flow.findings)]) {
      if (finding.severity !== 'info' && about.has(finding.subject)) warnings.add(finding.message);
    }
  }
  return {
    title: `${parts.gateway} → ${parts.circuit}`,
    snippets: [
      { language: 'cli', label: 'Azure CLI', code: cli(parts) },
      { language: 'powershell', label: 'PowerShell', code: powershell(parts) },
      { language: 'bicep', label: 'Bicep', code: bicep(parts) },
      { language: 'terraform', label: 'Terraform', code: terraform(parts) },
    ],
    warnings: [...warnings],
  };
}
