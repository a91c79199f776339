import type { Design, DesignEdgeOf, DesignNode, EvaluationResult } from '../../engine/index.ts';
import { bashQuote, bicepQuote, commentText, hclQuote, powershellQuote } from './snippet-quoting.ts';
import { ValueChecker, type Checked, type Refusal } from './snippet-values.ts';

// Deployment commands for one connection as designed, in Azure CLI, PowerShell, Bicep and
// Terraform. The FastPath property names are those of the documentation the fastpath-flag and
// private-link rules cite (docs/rules/): the CLI flag is --express-route-gateway-bypass (there is
// no --enable-fastpath), PowerShell's switches are -ExpressRouteGatewayBypass and
// -EnablePrivateLinkFastPath, ARM's properties expressRouteGatewayBypass and
// enablePrivateLinkFastPath, azurerm's express_route_gateway_bypass and
// private_link_fast_path_enabled.
//
// People paste these into a shell, and designs arrive from files and share links written by
// anyone. So every value from the design is checked first (snippet-values.ts: a refused value is
// replaced by a placeholder and listed in `refused`), then quoted for its language
// (snippet-quoting.ts), and comments get only text that cannot end the comment line.

export type SnippetLanguage = 'cli' | 'powershell' | 'bicep' | 'terraform';
export type Snippet = { language: SnippetLanguage; label: string; code: string };
export type ConnectionSnippets = {
  title: string;
  snippets: Snippet[];
  /** What the analysis says would keep this connection from FastPath. */
  warnings: string[];
  /** Design values Azure would not accept; each is a placeholder in the snippets. */
  refused: Refusal[];
};
export type { Refusal } from './snippet-values.ts';

// The resource group is the one thing a design does not know: each snippet asks for it once.
const RESOURCE_GROUP = 'my-resource-group';

/** A name Azure accepts for a resource: letters, digits, '-', '_' and '.', from a label. */
export function azureName(label: string, fallback: string): string {
  // Cut to length before trimming, so a cut cannot leave a name ending in '-' or '.'.
  const name = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 80)
    .replace(/^[-.]+|[-.]+$/g, '');
  return name || fallback;
}

/** An identifier for Bicep and Terraform: lower case, letters, digits and '_'. */
function identifier(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(id) ? id : `r_${id}`;
}

type Parts = {
  connection: Checked<string>;
  gateway: Checked<string>;
  circuit: Checked<string>;
  location: Checked<string>;
  weight: Checked<number>;
  fastPath: boolean;
  privateLink: boolean;
};

type Quote = (value: string) => string;

/** The checked value, or its placeholder, as it reads before quoting. */
const raw = (checked: Checked<string>): string => (checked.ok ? checked.value : checked.placeholder);

/** A string value as a literal of the language whose quoting `quote` is. */
const literal = (quote: Quote, checked: Checked<string>): string => quote(raw(checked));

/** A checked integer is written bare (it is digits only); a placeholder is a quoted string. */
const integer = (quote: Quote, checked: Checked<number>): string =>
  checked.ok ? String(checked.value) : quote(checked.placeholder);

const header = (p: Parts): string =>
  `connection ${commentText(raw(p.connection))}, FastPath ${p.fastPath ? 'on' : 'off'}`;

function cli(p: Parts): string {
  const q = (checked: Checked<string>) => literal(bashQuote, checked);
  const lines = [
    `# Azure CLI: ${header(p)}`,
    `RG="${RESOURCE_GROUP}"   # the resource group of the gateway and the circuit`,
    `az network vpn-connection create --name ${q(p.connection)} --resource-group "$RG" \\`,
    `  --vnet-gateway1 ${q(p.gateway)} --express-route-circuit2 ${q(p.circuit)} \\`,
    `  --location ${q(p.location)} --routing-weight ${integer(bashQuote, p.weight)} \\`,
    `  --express-route-gateway-bypass ${p.fastPath}`,
    '',
    '# On a connection that already exists:',
    `az network vpn-connection update --name ${q(p.connection)} --resource-group "$RG" \\`,
    `  --express-route-gateway-bypass ${p.fastPath}`,
    `az network vpn-connection show --name ${q(p.connection)} --resource-group "$RG" --query expressRouteGatewayBypass`,
  ];
  if (p.privateLink)
    lines.push('', '# The Azure CLI has no flag for FastPath to Private Link: set it with PowerShell (see that tab).');
  return lines.join('\n');
}

function powershell(p: Parts): string {
  const q = (checked: Checked<string>) => literal(powershellQuote, checked);
  const switches = [p.fastPath ? '-ExpressRouteGatewayBypass' : '', p.privateLink ? '-EnablePrivateLinkFastPath' : '']
    .filter(Boolean)
    .join(' ');
  return [
    `# Azure PowerShell (Az.Network): ${header(p)}`,
    `$rg = ${powershellQuote(RESOURCE_GROUP)}   # the resource group of the gateway and the circuit`,
    `$circuit = Get-AzExpressRouteCircuit -Name ${q(p.circuit)} -ResourceGroupName $rg`,
    `$gw = Get-AzVirtualNetworkGateway -Name ${q(p.gateway)} -ResourceGroupName $rg`,
    `New-AzVirtualNetworkGatewayConnection -Name ${q(p.connection)} -ResourceGroupName $rg \``,
    `  -VirtualNetworkGateway1 $gw -PeerId $circuit.Id -ConnectionType ExpressRoute \``,
    `  -Location ${q(p.location)} -RoutingWeight ${integer(powershellQuote, p.weight)}${switches ? ` ${switches}` : ''}`,
    '',
    '# On a connection that already exists:',
    `$connection = Get-AzVirtualNetworkGatewayConnection -Name ${q(p.connection)} -ResourceGroupName $rg`,
    `$connection.ExpressRouteGatewayBypass = $${p.fastPath}`,
    ...(p.privateLink ? ['$connection.EnablePrivateLinkFastPath = $true'] : []),
    'Set-AzVirtualNetworkGatewayConnection -VirtualNetworkGatewayConnection $connection',
  ].join('\n');
}

// Symbolic names the Bicep snippet already uses for other things.
const BICEP_TAKEN = new Set(['gateway', 'circuit', 'location']);

function bicep(p: Parts): string {
  const q = (checked: Checked<string>) => literal(bicepQuote, checked);
  const id = identifier(raw(p.connection));
  const symbol = BICEP_TAKEN.has(id) ? `${id}_connection` : id;
  return [
    `// Bicep: ${header(p)}`,
    `param location string = ${q(p.location)}`,
    '',
    `resource gateway 'Microsoft.Network/virtualNetworkGateways@2023-09-01' existing = {`,
    `  name: ${q(p.gateway)}`,
    '}',
    '',
    `resource circuit 'Microsoft.Network/expressRouteCircuits@2023-09-01' existing = {`,
    `  name: ${q(p.circuit)}`,
    '}',
    '',
    `resource ${symbol} 'Microsoft.Network/connections@2023-09-01' = {`,
    `  name: ${q(p.connection)}`,
    '  location: location',
    '  properties: {',
    "    connectionType: 'ExpressRoute'",
    '    virtualNetworkGateway1: { id: gateway.id, properties: {} }',
    '    peer: { id: circuit.id }',
    `    routingWeight: ${integer(bicepQuote, p.weight)}`,
    `    expressRouteGatewayBypass: ${p.fastPath}`,
    `    enablePrivateLinkFastPath: ${p.privateLink}`,
    '  }',
    '}',
  ].join('\n');
}

function terraform(p: Parts): string {
  const q = (checked: Checked<string>) => literal(hclQuote, checked);
  const gw = identifier(raw(p.gateway));
  const er = identifier(raw(p.circuit));
  return [
    `# Terraform (azurerm): ${header(p)}`,
    `data "azurerm_virtual_network_gateway" "${gw}" {`,
    `  name                = ${q(p.gateway)}`,
    '  resource_group_name = var.resource_group_name',
    '}',
    '',
    `data "azurerm_express_route_circuit" "${er}" {`,
    `  name                = ${q(p.circuit)}`,
    '  resource_group_name = var.resource_group_name',
    '}',
    '',
    `resource "azurerm_virtual_network_gateway_connection" "${identifier(raw(p.connection))}" {`,
    `  name                           = ${q(p.connection)}`,
    `  location                       = ${q(p.location)}`,
    '  resource_group_name            = var.resource_group_name',
    '  type                           = "ExpressRoute"',
    `  virtual_network_gateway_id     = data.azurerm_virtual_network_gateway.${gw}.id`,
    `  express_route_circuit_id       = data.azurerm_express_route_circuit.${er}.id`,
    `  routing_weight                 = ${integer(hclQuote, p.weight)}`,
    `  express_route_gateway_bypass   = ${p.fastPath}`,
    `  private_link_fast_path_enabled = ${p.privateLink} # azurerm 3.101 or later`,
    '}',
  ].join('\n');
}

/**
 * The commands that build `connection` as designed, the warnings to read first (the analysis's
 * warnings and errors about the connection, its gateway and its circuit: a gateway SKU without
 * FastPath, Private Link FastPath on a provider circuit, …), and the design values refused.
 */
export function connectionSnippets(
  design: Design,
  connection: DesignEdgeOf<'connection'>,
  result: EvaluationResult | null,
): ConnectionSnippets {
  const nodes = new Map(design.nodes.map((node) => [node.id, node]));
  const gatewayNode = nodes.get(connection.source);
  const circuitNode = nodes.get(connection.target);
  const vnet: DesignNode | undefined = gatewayNode?.parentId ? nodes.get(gatewayNode.parentId) : undefined;
  const gatewayName = azureName(gatewayNode?.label ?? '', connection.source);
  const circuitName = azureName(circuitNode?.label ?? '', connection.target);

  const check = new ValueChecker();
  const gateway = check.name('gateway', gatewayName);
  const circuit = check.name('circuit', circuitName);
  const parts: Parts = {
    connection: check.name(
      'connection',
      azureName(connection.label ?? '', azureName(`${gatewayName}-to-${circuitName}`, '')),
    ),
    gateway,
    circuit,
    location: check.region(vnet?.kind === 'vnet' ? vnet.props.region : ''),
    weight: check.routingWeight(connection.props.routingWeight),
    // Only a real `true` turns a switch on: these are written bare into the code.
    fastPath: connection.props.fastPath === true,
    privateLink: connection.props.privateLinkFastPath === true,
  };

  const about = new Set([connection.id, connection.source, connection.target]);
  const warnings = new Set<string>();
  if (result) {
    for (const finding of [...result.findings, ...Object.values(result.flows).flatMap((flow) => flow.findings)]) {
      if (finding.severity !== 'info' && about.has(finding.subject)) warnings.add(finding.message);
    }
  }
  return {
    title: `${raw(gateway)} → ${raw(circuit)}`,
    snippets: [
      { language: 'cli', label: 'Azure CLI', code: cli(parts) },
      { language: 'powershell', label: 'PowerShell', code: powershell(parts) },
      { language: 'bicep', label: 'Bicep', code: bicep(parts) },
      { language: 'terraform', label: 'Terraform', code: terraform(parts) },
    ],
    warnings: [...warnings],
    refused: check.refused,
  };
}
