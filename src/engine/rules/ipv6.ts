import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about } from './sources.ts';

// IPv6 over FastPath (RULES.md 3.16): an AZ gateway, ExpressRoute Direct in 2021 and again from
// 2025-11, and in the latest revision IPv4 only for UDR and Private Link.

export default defineRule({
  id: 'ipv6',
  description:
    'IPv6 flows over FastPath: ErGw3AZ needed, ExpressRoute Direct only (2021 and from 2025-11), ' +
    'IPv4 only for UDR and Private Link (latest)',
  sources: [about('2020-03'), about('2021-03'), about('2022'), about('2025-11'), about('latest')],
  packs: packsBetween('2020-03'),
  confidence: 'documented',
  checkLeg(ctx) {
    const { leg } = ctx;
    if (leg.ipVersion !== 6 || !leg.fastPathOn) return;
    const source = about(ctx.pack);
    const { gateway, circuit } = leg.entry;
    const azSku = gateway.props.sku === 'ErGw3AZ' || (gateway.props.sku === 'ErGwScale' && ctx.at('2025-03'));
    if (!azSku && gateway.props.sku === 'UltraPerformance') {
      ctx.gateway({
        subject: gateway.id,
        severity: 'warning',
        source,
        confidence: ctx.at('2023-01') ? 'inference' : 'documented',
        message:
          'IPv6 over FastPath needs an availability-zone gateway (ErGw3AZ); ' +
          `${ctx.topo.name(gateway.id)} is Ultra Performance.`,
        remediation: 'Use the ErGw3AZ SKU for IPv6 private peering.',
      });
    }
    const directOnly = ctx.at('2021-03', '2021-08') || ctx.at('2025-11');
    if (directOnly && !leg.onDirect) {
      ctx.gateway({
        subject: circuit.id,
        severity: 'info',
        source,
        message:
          'IPv6 over FastPath is available only on ExpressRoute Direct; ' +
          `${ctx.topo.name(circuit.id, 'provider circuit')} carries IPv6 through the gateway.`,
        remediation: 'Use ExpressRoute Direct for IPv6 FastPath, or send this flow over IPv4.',
      });
    }
    if (leg.udrNva && leg.onDirect && (ctx.at('2022', '2023-01') || ctx.at('latest'))) {
      ctx.gateway({
        subject: gateway.id,
        severity: 'info',
        source,
        message: 'FastPath honours a GatewaySubnet UDR for IPv4 traffic only; this IPv6 flow goes through the gateway.',
        remediation: 'Send the flow over IPv4, or remove the UDR if inspection is not needed.',
      });
    }
    if (leg.dest.kind === 'privateEndpoint' && ctx.at('latest') && leg.onDirect) {
      ctx.gateway({
        subject: leg.dest.id,
        severity: 'info',
        source,
        message:
          'FastPath to Private Link is IPv4 only in the latest revision; this IPv6 flow goes through the gateway.',
        remediation: 'Reach the private endpoint over IPv4.',
      });
    }
  },
});
