import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about } from './sources.ts';
import { capitalise } from '../model/names.ts';

export default defineRule({
  id: 'global-peering',
  description: "FastPath reaches peered VNets only in the hub's region; globally peered spokes go through the gateway",
  sources: [about('2024-06'), about('latest')],
  packs: packsBetween('2024-06'),
  confidence: 'documented',
  checkLeg(ctx) {
    const { leg } = ctx;
    if (!leg.isSpoke || leg.sameRegion || !leg.fastPathOn) return;
    const {
      destVnet: spoke,
      entry: { hub },
    } = leg;
    ctx.gateway({
      subject: spoke.id,
      severity: 'warning',
      message:
        `${capitalise(ctx.topo.name(spoke.id))} (${spoke.props.region}) is in another region than ` +
        `${ctx.topo.name(hub.id, 'hub')} (${hub.props.region}); ` +
        'FastPath does not support globally peered VNets, so the gateway carries the traffic.',
      remediation:
        "Keep FastPath-dependent spokes in the hub's region, " +
        'or build a regional hub with its own gateway and connection.',
      source: about(ctx.pack),
    });
  },
});
