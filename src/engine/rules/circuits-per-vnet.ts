import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import type { Gateway } from '../model/topology.ts';
import { capitalise } from '../model/names.ts';

const SAME_LOCATION_MAX = 4;

export function maxCircuits(gateway: Gateway, before2020: boolean): number {
  if (before2020) return 4;
  switch (gateway.props.sku) {
    case 'Standard':
    case 'ErGw1AZ':
      return 4;
    case 'HighPerformance':
    case 'ErGw2AZ':
      return 8;
    case 'UltraPerformance':
    case 'ErGw3AZ':
      return 16;
    case 'ErGwScale':
      return gateway.props.scaleUnits >= 10 ? 16 : gateway.props.scaleUnits >= 2 ? 8 : 4;
  }
}

export default defineRule({
  id: 'circuits-per-vnet',
  description:
    'A gateway connects to at most 4 circuits in one peering location, and to 4, 8 or 16 circuits in all by SKU',
  sources: [DOCS.gatewayLatest, DOCS.faq, DOCS.limits, DOCS.linkVnetCli2019],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkDesign(ctx) {
    for (const gateway of ctx.topo.nodesOf('gateway')) {
      const circuits = ctx.topo.connectionsFrom(gateway.id).map((c) => ctx.topo.circuitOf(c));
      const name = capitalise(ctx.topo.name(gateway.id));
      const byLocation = new Map<string, number>();
      for (const {
        props: { peeringLocation },
      } of circuits) {
        if (peeringLocation) byLocation.set(peeringLocation, (byLocation.get(peeringLocation) ?? 0) + 1);
      }
      for (const [location, count] of [...byLocation].sort()) {
        if (count <= SAME_LOCATION_MAX) continue;
        ctx.report({
          subject: gateway.id,
          severity: 'error',
          message:
            `${name} connects to ${count} circuits in ${location}; ` +
            `at most ${SAME_LOCATION_MAX} from one peering location are allowed.`,
          remediation: 'Use circuits in different peering locations, or fewer circuits.',
          source: DOCS.faq,
        });
      }
      const in2019 = ctx.at('2019-05', '2019-05');
      const max = maxCircuits(gateway, in2019);
      if (circuits.length > max) {
        ctx.report({
          subject: gateway.id,
          severity: 'error',
          message: `${name} (${gateway.props.sku}) connects to ${circuits.length} circuits; it supports ${max}.`,
          remediation:
            'Use a larger gateway SKU (16 circuits on ErGw3AZ or ErGwScale with 10+ scale units, ' +
            'which also needs a /26 GatewaySubnet), or fewer circuits.',
          source: in2019 ? DOCS.linkVnetCli2019 : DOCS.gatewayLatest,
        });
      }
    }
  },
});
