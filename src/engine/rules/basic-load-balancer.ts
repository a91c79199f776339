import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about, DOCS } from './sources.ts';
import { capitalise } from '../model/names.ts';

export default defineRule({
  id: 'basic-load-balancer',
  description:
    'Traffic to a Basic internal load balancer goes through the gateway (2019-12 to 2024-06); ' +
    'Basic LB is retired from 2025-09-30',
  sources: [about('2020-03'), about('2024-06'), DOCS.basicLbRetirement],
  packs: [...packsBetween('2020-03', '2024-06'), ...packsBetween('2025-11')],
  confidence: 'documented',
  checkDesign(ctx) {
    if (!ctx.at('2025-11')) return;
    for (const lb of ctx.topo.nodesOf('loadBalancer')) {
      if (lb.props.sku !== 'Basic') continue;
      ctx.report({
        subject: lb.id,
        severity: 'error',
        message: `${capitalise(ctx.topo.name(lb.id))} uses the Basic SKU, which was retired on 30 September 2025.`,
        remediation: 'Upgrade it to a Standard load balancer.',
        source: DOCS.basicLbRetirement,
      });
    }
  },
  checkLeg(ctx) {
    const { dest } = ctx.leg;
    if (dest.kind !== 'loadBalancer' || dest.props.sku !== 'Basic' || !ctx.leg.fastPathOn || ctx.at('2025-03')) return;
    ctx.gateway({
      subject: dest.id,
      severity: 'warning',
      message:
        `Traffic to the frontend of ${ctx.topo.name(dest.id, 'Basic load balancer')} is sent to the gateway, ` +
        'not over FastPath.',
      remediation: 'Upgrade the load balancer to the Standard SKU.',
      source: about(ctx.pack),
    });
  },
});
