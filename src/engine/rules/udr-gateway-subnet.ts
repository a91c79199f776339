import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { about, DOCS } from './sources.ts';
import { isLimitedGaRegion } from '../model/regions.ts';

// A route table on the GatewaySubnet that sends VNet-bound traffic to an NVA or firewall.
// What FastPath does with it changed four times (RULES.md 3.10).

export default defineRule({
  id: 'udr-gateway-subnet',
  description:
    'A UDR on the GatewaySubnet: first forced the gateway, then was ignored by FastPath, ' +
    'and is honoured on ExpressRoute Direct from 2022 (GA June 2024)',
  sources: [
    about('2020-03'),
    about('2021-03'),
    about('2022'),
    about('2024-06'),
    about('latest'),
    DOCS.techCommunity2024,
    DOCS.faq,
  ],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkLeg(ctx) {
    const { leg } = ctx;
    const nvaId = leg.udrNva;
    if (!nvaId || !leg.fastPathOn) return;
    const nva = ctx.topo.name(nvaId);
    const subject = leg.entry.gateway.id;
    const source = about(ctx.pack);
    if (ctx.at('2019-05', '2020-03')) {
      ctx.gateway({
        subject,
        severity: 'info',
        source,
        message:
          `A UDR on the GatewaySubnet sends traffic to ${nva}; ` +
          'in this documentation such traffic keeps going through the gateway.',
        remediation: 'Remove the UDR from the GatewaySubnet if FastPath matters more than inspection at this point.',
      });
    } else if (ctx.at('2021-03', '2021-08')) {
      ctx.udrOverFastPath('bypass');
      ctx.report({
        subject,
        severity: 'warning',
        source,
        message:
          'FastPath ignores the UDR on the GatewaySubnet in this documentation: ' +
          `traffic goes straight to the destination and bypasses ${nva}, so it is not inspected.`,
        remediation:
          'Inspect traffic elsewhere (e.g. on the destination subnet), ' +
          'or disable FastPath on this connection if inspection is mandatory.',
      });
    } else if (!leg.onDirect) {
      ctx.udrOverFastPath('bypass');
      ctx.report({
        subject,
        severity: 'warning',
        source,
        confidence: 'inference',
        message:
          'Over FastPath a UDR on the GatewaySubnet is honoured only on ExpressRoute Direct. ' +
          `For provider circuits the documentation last said (2021) that FastPath ignores it, so ${nva} ` +
          'is probably bypassed; it has been silent since 2022.',
        remediation: 'Use ExpressRoute Direct, or disable FastPath on this connection if inspection is mandatory.',
      });
    } else if (ctx.at('2022', '2024-03')) {
      const region = leg.entry.hub.props.region;
      if (ctx.at('2023-11', '2023-11') && !isLimitedGaRegion(region)) {
        ctx.gateway({
          subject,
          severity: 'info',
          source,
          message:
            'Honouring the GatewaySubnet UDR over FastPath is in limited GA in 14 regions; ' +
            `the hub region "${region || 'not set'}" is not one of them, so the gateway carries the traffic to ${nva}.`,
          remediation: 'Place the hub in a limited-GA region, or accept the gateway path.',
        });
        return;
      }
      ctx.udrOverFastPath('via-nva');
      ctx.preview({
        subject,
        severity: 'info',
        source,
        feature: `Honouring the GatewaySubnet UDR over FastPath (straight to ${nva})`,
        stage: `${ctx.at('2023-11') ? 'limited GA' : 'preview'} on ExpressRoute Direct`,
        remediation: 'Enrol and allow previews in the design, or accept the gateway path.',
      });
    } else {
      const nvaVnet = ctx.topo.vnetOf(ctx.topo.node(nvaId, 'nva') ?? leg.entry.hub);
      const outside = nvaVnet !== undefined && nvaVnet.id !== leg.entry.hub.id;
      if (outside && ctx.at('latest')) {
        // The FAQ and the spoke-firewall limitation (RULES.md 3.10, 3.23): honoured only to a next
        // hop in the gateway's own VNet.
        ctx.gateway({
          subject,
          severity: 'warning',
          source: DOCS.faq,
          message:
            `The GatewaySubnet UDR sends traffic to ${nva}, which is in ${ctx.topo.name(nvaVnet.id)}, not in the ` +
            "gateway's VNet; FastPath honours the UDR only to a firewall or NVA in the gateway's VNet, " +
            'so the gateway carries the traffic.',
          remediation: "Move the firewall or NVA into the gateway's VNet (the hub), or accept the gateway path.",
        });
        return;
      }
      ctx.udrOverFastPath('via-nva');
      if (outside)
        ctx.report({
          subject,
          severity: 'warning',
          source: DOCS.faq,
          confidence: 'inference',
          message:
            `The GatewaySubnet UDR sends traffic to ${nva}, outside the gateway's VNet. This documentation does ` +
            "not say where the next hop may live; later revisions require it in the gateway's VNet.",
          remediation: "Keep the firewall or NVA in the gateway's VNet (the hub).",
        });
    }
  },
  annotate(ctx) {
    const leg = ctx.leg;
    const nvaId = leg?.udrNva;
    if (!leg || !nvaId || ctx.verdict !== 'fastpath' || !leg.onDirect || !ctx.at('2024-06')) return;
    const nva = ctx.topo.node(nvaId, 'nva');
    if (nva && ctx.topo.vnetOf(nva)?.id !== leg.entry.hub.id) return; // told in checkLeg
    ctx.report({
      subject: leg.entry.gateway.id,
      severity: 'info',
      source: about(ctx.pack),
      message:
        'FastPath honours the GatewaySubnet UDR on ExpressRoute Direct: ' +
        `traffic goes from the edge routers to ${ctx.topo.name(nvaId)}, bypassing the gateway.`,
      remediation:
        "None needed. Keep the firewall in the gateway's VNet; " +
        'existing connections may need FastPath disabled and re-enabled to pick this up.',
    });
  },
});
