import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about } from './sources.ts';

const AZ_LIMIT_MBPS = 100_000;

export default defineRule({
  id: 'az-bandwidth',
  description: 'FastPath carries at most 100 Gbps to a single availability zone',
  sources: [about('2023-01'), about('latest')],
  packs: packsBetween('2023-01'),
  confidence: 'documented',
  checkDesign(ctx) {
    const { topo } = ctx;
    for (const gateway of topo.nodesOf('gateway')) {
      const direct = topo
        .connectionsFrom(gateway.id)
        .filter((c) => c.props.fastPath)
        .map((c) => topo.circuitOf(c))
        .filter((c) => c.props.circuitType === 'direct');
      const total = direct.reduce((sum, c) => sum + c.props.bandwidthMbps, 0);
      if (total < AZ_LIMIT_MBPS) continue;
      const over = total > AZ_LIMIT_MBPS;
      ctx.report({
        subject: gateway.id,
        severity: over ? 'warning' : 'info',
        message:
          `FastPath into the VNet of ${topo.name(gateway.id)} can reach ${total / 1000} Gbps ` +
          'over ExpressRoute Direct; FastPath supports at most 100 Gbps to one availability zone' +
          `${over ? ', so workloads in a single zone cannot use it all' : ''}.`,
        remediation:
          'Spread high-throughput workloads across availability zones (the design has no zone field to check this).',
        source: about(ctx.pack),
      });
    }
  },
});
