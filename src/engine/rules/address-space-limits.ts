import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import { cidrFamily } from '../model/ip.ts';
import { capitalise } from '../model/names.ts';

// Prefix and route counts a connection and a gateway can carry (RULES.md 3.26, 4.5).
export const MAX_IPV4_PREFIXES_PER_CONNECTION = 1_000;
export const MAX_IPV6_PREFIXES_PER_CONNECTION = 100;
export const MAX_ADDRESS_SPACES_AT_CREATION = 200;
export const MAX_ROUTES_ACROSS_GATEWAY = 11_000;

function split(prefixes: readonly string[]): { v4: number; v6: number } {
  let v4 = 0;
  let v6 = 0;
  for (const p of prefixes)
    if (cidrFamily(p) === 6) v6++;
    else v4++;
  return { v4, v6 };
}

export default defineRule({
  id: 'address-space-limits',
  description:
    'Prefixes a connection advertises (1,000 IPv4, 100 IPv6; 200 address spaces at creation) ' +
    'and routes a gateway learns',
  sources: [DOCS.faq, DOCS.linkVnetPowerShell, DOCS.limits, DOCS.gatewayLatest],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkDesign(ctx) {
    const { topo } = ctx;
    for (const gateway of topo.nodesOf('gateway')) {
      const hub = topo.vnetOf(gateway);
      if (!hub) continue;
      const spokes = topo
        .peeringsOf(hub.id)
        .filter((p) => p.source === hub.id && p.props.allowGatewayTransit && p.props.useRemoteGateways)
        .map((p) => topo.node(p.target, 'vnet'))
        .filter((v) => v !== undefined);
      const advertised = [...hub.props.addressSpace, ...spokes.flatMap((s) => s.props.addressSpace)];
      const { v4, v6 } = split(advertised);
      for (const connection of topo.connectionsFrom(gateway.id)) {
        const name = capitalise(topo.name(connection.id));
        if (v4 > MAX_IPV4_PREFIXES_PER_CONNECTION || v6 > MAX_IPV6_PREFIXES_PER_CONNECTION) {
          ctx.report({
            subject: connection.id,
            severity: 'error',
            message:
              `${name} would advertise ${v4} IPv4 and ${v6} IPv6 prefixes (hub and transit spokes); ` +
              `above ${MAX_IPV4_PREFIXES_PER_CONNECTION} IPv4 or ${MAX_IPV6_PREFIXES_PER_CONNECTION} IPv6 ` +
              'the connection is dropped.',
            remediation: 'Summarise address spaces, or use summarised gateway prefixes.',
            source: DOCS.faq,
          });
        } else if (advertised.length > MAX_ADDRESS_SPACES_AT_CREATION) {
          ctx.report({
            subject: connection.id,
            severity: 'warning',
            message:
              `${name} carries ${advertised.length} address spaces; a connection can only be created ` +
              `with ${MAX_ADDRESS_SPACES_AT_CREATION} or fewer (up to 1,000 afterwards).`,
            remediation: 'Create the connection before adding the remaining address spaces, or summarise them.',
            source: DOCS.linkVnetPowerShell,
          });
        }
      }
      const circuits = new Set(topo.connectionsFrom(gateway.id).map((c) => c.target));
      const sites = new Set<string>();
      for (const circuitId of circuits) {
        for (const link of topo.linksTo(circuitId)) if (link.props.peering === 'private') sites.add(link.source);
      }
      const onPrem = [...sites].reduce((sum, id) => sum + (topo.node(id, 'onPremises')?.props.prefixes.length ?? 0), 0);
      const learnLimit = gateway.props.sku === 'Standard' || gateway.props.sku === 'ErGw1AZ' ? 4_000 : 9_500;
      if (onPrem > learnLimit) {
        ctx.report({
          subject: gateway.id,
          severity: 'warning',
          message:
            `${capitalise(topo.name(gateway.id))} would learn ${onPrem} on-premises routes; ` +
            `a ${gateway.props.sku} gateway learns up to ${learnLimit}.`,
          remediation: 'Summarise on-premises routes, or use a larger gateway SKU.',
          source: DOCS.gatewayLatest,
        });
      } else if (onPrem + advertised.length > MAX_ROUTES_ACROSS_GATEWAY) {
        ctx.report({
          subject: gateway.id,
          severity: 'warning',
          message:
            `${capitalise(topo.name(gateway.id))} would handle about ${onPrem + advertised.length} routes; ` +
            `the gateway's route scale is about ${MAX_ROUTES_ACROSS_GATEWAY}.`,
          remediation: 'Summarise routes.',
          source: DOCS.faq,
        });
      }
    }
    for (const circuit of topo.nodesOf('circuit')) {
      let v4 = 0;
      let v6 = 0;
      for (const link of topo.linksTo(circuit.id)) {
        if (link.props.peering !== 'private') continue;
        const counts = split(topo.node(link.source, 'onPremises')?.props.prefixes ?? []);
        v4 += counts.v4;
        v6 += counts.v6;
      }
      const v4Limit = circuit.props.sku === 'Premium' ? 10_000 : 4_000;
      if (v4 > v4Limit || v6 > 100) {
        ctx.report({
          subject: circuit.id,
          severity: 'error',
          message:
            `On-premises sites advertise ${v4} IPv4 and ${v6} IPv6 routes to ${topo.name(circuit.id)}; ` +
            `private peering accepts ${v4Limit} IPv4 and 100 IPv6 on a ${circuit.props.sku} circuit, ` +
            'and drops the BGP session above that.',
          remediation:
            circuit.props.sku === 'Premium'
              ? 'Summarise on-premises routes.'
              : 'Summarise on-premises routes, or upgrade the circuit to Premium.',
          source: DOCS.limits,
        });
      }
    }
  },
});
