import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import type { Gateway } from '../model/topology.ts';

// Gateway SKU limits (RULES.md 4.4) annotate flows the gateway carries.
export function gatewayCapacity(gateway: Gateway): { mbps: number; pps: number } {
  switch (gateway.props.sku) {
    case 'Standard':
    case 'ErGw1AZ':
      return { mbps: 1_000, pps: 100_000 };
    case 'HighPerformance':
    case 'ErGw2AZ':
      return { mbps: 2_000, pps: 200_000 };
    case 'UltraPerformance':
    case 'ErGw3AZ':
      return { mbps: 10_000, pps: 1_000_000 };
    case 'ErGwScale': {
      const units = gateway.props.scaleUnits;
      return { mbps: 1_000 * units, pps: 100_000 * Math.min(units, 10) + 200_000 * Math.max(0, units - 10) };
    }
  }
}

export default defineRule({
  id: 'gateway-capacity',
  description:
    "Traffic through the gateway is bounded by its SKU's bandwidth and packet rate, and cannot be fragmented",
  sources: [DOCS.gatewayLatest, DOCS.faq, DOCS.techCommunity2024],
  packs: ALL_PACKS,
  confidence: 'documented',
  annotate(ctx) {
    if (ctx.verdict !== 'gateway' || !ctx.leg) return;
    const { gateway } = ctx.leg.entry;
    const { mbps, pps } = gatewayCapacity(gateway);
    const fragments = ctx.at('latest') ? ' Gateways do not forward fragmented packets; FastPath does.' : '';
    const gbps = (mbps / 1000).toLocaleString('en-US');
    ctx.report({
      subject: gateway.id,
      severity: 'info',
      message:
        `This flow shares ${ctx.topo.name(gateway.id)} (${gateway.props.sku}): ` +
        `about ${gbps} Gbps and ${pps.toLocaleString('en-US')} packets per second in all.${fragments}`,
      remediation: 'Size the gateway for the traffic it carries, or make the flow FastPath-eligible.',
      source: ctx.at('latest') ? DOCS.gatewayLatest : DOCS.gateway2024,
    });
  },
});
