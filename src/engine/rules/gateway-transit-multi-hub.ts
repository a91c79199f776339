import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about } from './sources.ts';
import { capitalise } from '../model/names.ts';

export default defineRule({
  id: 'gateway-transit-multi-hub',
  description: 'Two hubs on the same circuit peered with Allow Gateway Transit cause connectivity issues',
  sources: [about('2024-11'), about('latest')],
  packs: packsBetween('2024-11'),
  confidence: 'documented',
  checkDesign(ctx) {
    const { topo } = ctx;
    for (const peering of topo.edgesOf('vnetPeering')) {
      if (!peering.props.allowGatewayTransit) continue;
      const a = topo.gatewayIn(peering.source);
      const b = topo.gatewayIn(peering.target);
      if (!a || !b) continue;
      const circuitsA = new Set(topo.connectionsFrom(a.id).map((c) => c.target));
      const shared = topo.connectionsFrom(b.id).find((c) => circuitsA.has(c.target));
      if (!shared) continue;
      ctx.report({
        subject: peering.id,
        severity: 'warning',
        message:
          `${capitalise(topo.name(peering.source, 'hub'))} and ${topo.name(peering.target, 'hub')} both connect to ` +
          `${topo.name(shared.target)} and are peered with Allow Gateway Transit; this causes connectivity issues.`,
        remediation: 'Set Allow Gateway Transit to false on the peering between the two hubs.',
        source: about(ctx.pack),
      });
    }
  },
});
