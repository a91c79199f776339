import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import { capitalise } from '../model/names.ts';

export default defineRule({
  id: 'circuit-local-sku',
  description:
    'ExpressRoute Local circuits get the same FastPath features; ' +
    'they reach only the Azure regions local to their peering location',
  sources: [DOCS.faq],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkDesign(ctx) {
    const { topo } = ctx;
    for (const circuit of topo.nodesOf('circuit')) {
      if (circuit.props.sku !== 'Local') continue;
      const regions = topo
        .connectionsTo(circuit.id)
        .map((c) => topo.vnetOf(topo.gatewayOf(c))?.props.region)
        .filter((r): r is string => !!r);
      const used = [...new Set(regions)].sort();
      const location = circuit.props.peeringLocation ? `"${circuit.props.peeringLocation}"` : 'its peering location';
      ctx.report({
        subject: circuit.id,
        severity: 'info',
        message:
          `${capitalise(topo.name(circuit.id))} is ExpressRoute Local: no documentation restricts FastPath ` +
          `by circuit SKU, but a Local circuit connects only to gateways in the region(s) local to ${location}` +
          `${used.length ? ` (the design uses ${used.join(', ')})` : ''}.`,
        remediation:
          'Check that every connected hub is in a region local to the peering location, or use a Standard circuit.',
        source: DOCS.faq,
      });
    }
  },
});
