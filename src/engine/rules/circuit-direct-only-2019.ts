import { defineRule, type Report } from './rule.ts';
import { DOCS } from './sources.ts';
import type { Connection, Topology } from '../model/topology.ts';

/**
 * The one finding for a FastPath connection to a provider circuit in the 2019 documentation: the
 * design lists it, and every inbound leg through the connection repeats it word for word (there it
 * decides the verdict), so the panel that merges by rule, subject and message shows it once.
 */
function directOnly(topo: Topology, connection: Connection): Report {
  return {
    subject: connection.id,
    severity: 'error',
    message:
      `FastPath is enabled on ${topo.name(connection.id)}, but ${topo.name(connection.target)} ` +
      'is a provider circuit and the 2019 documentation offers FastPath on ExpressRoute Direct only, ' +
      'so the gateway carries its traffic.',
    remediation:
      'Use an ExpressRoute Direct circuit, or evaluate against a newer rule pack ' +
      '(FastPath reached all circuits in December 2019).',
    source: DOCS.gateway2019,
  };
}

export default defineRule({
  id: 'circuit-direct-only-2019',
  description: 'In the May 2019 documentation FastPath existed only on ExpressRoute Direct',
  sources: [DOCS.gateway2019, DOCS.linkVnetCli2019, DOCS.githubDirectOnlyFix],
  packs: ['2019-05'],
  confidence: 'documented',
  checkDesign(ctx) {
    for (const connection of ctx.topo.edgesOf('connection')) {
      const circuit = ctx.topo.node(connection.target, 'circuit');
      if (!connection.props.fastPath || circuit?.props.circuitType !== 'provider') continue;
      ctx.report(directOnly(ctx.topo, connection));
    }
  },
  checkLeg(ctx) {
    if (!ctx.leg.fastPathOn || ctx.leg.onDirect) return;
    ctx.gateway(directOnly(ctx.topo, ctx.leg.entry.connection));
  },
});
