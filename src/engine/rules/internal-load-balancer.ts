import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about } from './sources.ts';
import { capitalise } from '../model/names.ts';

export default defineRule({
  id: 'internal-load-balancer',
  description:
    'Internal load balancer frontends: any ILB goes through the gateway in the 2024-11 text; ' +
    'from 2025-03 only ILBs in spokes do',
  sources: [about('2024-11'), about('2025-03'), about('latest')],
  packs: packsBetween('2024-11'),
  confidence: 'documented',
  checkLeg(ctx) {
    const { dest, isSpoke, fastPathOn } = ctx.leg;
    if (dest.kind !== 'loadBalancer' || !fastPathOn) return;
    const name = ctx.topo.name(dest.id);
    if (ctx.at('2024-11', '2024-11')) {
      ctx.gateway({
        subject: dest.id,
        severity: 'warning',
        message:
          `The November 2024 text sends traffic to any internal load balancer's frontend (here ${name}) ` +
          'through the gateway; the next revision narrowed this to spokes.',
        remediation: 'Evaluate with a 2025 pack to see the corrected rule, or target the backend VMs directly.',
        source: about(ctx.pack),
      });
    } else if (isSpoke) {
      ctx.gateway({
        subject: dest.id,
        severity: 'warning',
        message:
          `${capitalise(name)} is in a spoke VNet; traffic to internal load balancers in spokes ` +
          'goes through the gateway (hub load balancers are supported).',
        remediation: 'Move the load balancer into the hub VNet, or accept the gateway path.',
        source: about(ctx.pack),
      });
    }
  },
});
