import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { about } from './sources.ts';
import { isLimitedGaRegion } from '../model/regions.ts';
import { capitalise } from '../model/names.ts';

export default defineRule({
  id: 'vnet-peering-spoke',
  description:
    'FastPath to VNets peered to the hub: gateway until 2021, then preview, limited GA, ' +
    'and GA on ExpressRoute Direct only from June 2024',
  sources: [
    about('2020-03'),
    about('2021-08'),
    about('2022'),
    about('2023-11'),
    about('2024-03'),
    about('2024-06'),
    about('latest'),
  ],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkLeg(ctx) {
    const { leg } = ctx;
    if (!leg.isSpoke || !leg.fastPathOn) return;
    const spoke = ctx.topo.name(leg.destVnet.id);
    const subject = leg.destVnet.id;
    const source = about(ctx.pack);
    const feature = `FastPath to peered ${spoke}`;
    if (ctx.at('2019-05', '2021-03')) {
      ctx.gateway({
        subject,
        severity: 'info',
        source,
        message:
          `${capitalise(spoke)} is peered to the hub; FastPath does not reach peered VNets in this documentation, ` +
          'so the hub gateway carries the traffic.',
        remediation:
          'Connect the spoke VNet to the circuit with its own gateway (the documented workaround), ' +
          'or place the workload in the hub.',
      });
    } else if (ctx.at('2021-08', '2021-08')) {
      ctx.preview({
        subject,
        severity: 'info',
        source,
        feature,
        stage: 'public preview',
        remediation:
          'Enrol in the preview and allow previews in the design, or connect the spoke to the circuit directly.',
      });
    } else if (!leg.onDirect) {
      ctx.gateway({
        subject,
        severity: 'info',
        source,
        message:
          `${capitalise(spoke)} is peered to the hub; FastPath to peered VNets works only over ExpressRoute Direct, ` +
          'so over this provider circuit the hub gateway carries the traffic.',
        remediation:
          'Use ExpressRoute Direct, move the workload into the hub, or give the spoke its own gateway and connection.',
      });
    } else if (ctx.at('2022', '2024-03')) {
      const region = leg.entry.hub.props.region;
      if (ctx.at('2023-11', '2023-11') && !isLimitedGaRegion(region)) {
        ctx.gateway({
          subject,
          severity: 'info',
          source,
          message:
            `FastPath to peered VNets is in limited GA in 14 regions; the hub region "${region || 'not set'}" ` +
            'is not one of them.',
          remediation: 'Place the hub in a limited-GA region, or move the workload into the hub.',
        });
        return;
      }
      ctx.preview({
        subject,
        severity: 'info',
        source,
        feature,
        stage: ctx.at('2023-11') ? 'limited GA (enrolment required)' : 'preview on ExpressRoute Direct',
        remediation:
          'Enrol (limited GA form or preview) and allow previews in the design, or place the workload in the hub.',
      });
    }
  },
});
