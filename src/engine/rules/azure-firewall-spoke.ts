import { defineRule } from './rule.ts';
import { about } from './sources.ts';
import { capitalise } from '../model/names.ts';

export default defineRule({
  id: 'azure-firewall-spoke',
  description: 'Traffic to an Azure Firewall deployed in a spoke VNet goes through the gateway (latest revision)',
  sources: [about('latest')],
  packs: ['latest'],
  confidence: 'documented',
  checkLeg(ctx) {
    const { dest, isSpoke, fastPathOn } = ctx.leg;
    if (dest.kind !== 'nva' || dest.props.product !== 'azureFirewall' || !isSpoke || !fastPathOn) return;
    ctx.gateway({
      subject: dest.id,
      severity: 'warning',
      message:
        `${capitalise(ctx.topo.name(dest.id, 'Azure Firewall'))} is in a spoke VNet; ` +
        'FastPath does not support firewalls in spokes, so the gateway carries the traffic.',
      remediation: "Deploy the firewall in the hub (the gateway's VNet) with a UDR on the GatewaySubnet.",
      source: about(ctx.pack),
    });
  },
});
