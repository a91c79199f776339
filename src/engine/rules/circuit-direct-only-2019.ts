import { defineRule } from './rule.ts';
import { DOCS } from './sources.ts';

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
      ctx.report({
        subject: connection.id,
        severity: 'error',
        message:
          `FastPath is enabled on "${ctx.topo.label(connection.id)}", but circuit "${ctx.topo.label(circuit.id)}" ` +
          'is a provider circuit and the 2019 documentation offers FastPath on ExpressRoute Direct only.',
        remediation:
          'Use an ExpressRoute Direct circuit, or evaluate against a newer rule pack ' +
          '(FastPath reached all circuits in December 2019).',
        source: DOCS.gateway2019,
      });
    }
  },
  checkLeg(ctx) {
    if (!ctx.leg.fastPathOn || ctx.leg.onDirect) return;
    ctx.gateway({
      subject: ctx.leg.entry.circuit.id,
      severity: 'warning',
      message:
        'FastPath needs ExpressRoute Direct in the May 2019 documentation; ' +
        'on this provider circuit the gateway carries the traffic.',
      remediation: 'Use an ExpressRoute Direct circuit, or a newer rule pack.',
      source: DOCS.gateway2019,
    });
  },
});
