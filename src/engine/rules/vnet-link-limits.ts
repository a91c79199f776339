import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import type { Circuit } from '../model/topology.ts';
import { capitalise } from '../model/names.ts';

// VNet links per circuit (RULES.md 4.3): 10 on Local/Standard, more on Premium by bandwidth.
const PREMIUM_LINKS: readonly [maxMbps: number, links: number][] = [
  [50, 20],
  [100, 25],
  [200, 25],
  [500, 40],
  [1_000, 50],
  [2_000, 60],
  [5_000, 75],
  [Infinity, 100],
];

export function vnetLinkLimit(circuit: Circuit): number {
  if (circuit.props.sku !== 'Premium') return 10;
  return PREMIUM_LINKS.find(([max]) => circuit.props.bandwidthMbps <= max)?.[1] ?? 100;
}

export default defineRule({
  id: 'vnet-link-limits',
  description:
    'A circuit accepts a limited number of VNet connections: 10 on Standard and Local, ' +
    '20 to 100 on Premium by bandwidth',
  sources: [DOCS.limits, DOCS.faq],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkDesign(ctx) {
    for (const circuit of ctx.topo.nodesOf('circuit')) {
      const count = ctx.topo.connectionsTo(circuit.id).length;
      const limit = vnetLinkLimit(circuit);
      if (count <= limit) continue;
      const { sku, bandwidthMbps } = circuit.props;
      ctx.report({
        subject: circuit.id,
        severity: 'error',
        message:
          `${capitalise(ctx.topo.name(circuit.id))} has ${count} VNet connections; ` +
          `a ${sku} circuit of ${bandwidthMbps} Mbps accepts ${limit}.`,
        remediation:
          sku === 'Premium'
            ? 'Split the VNets over more circuits, or raise the bandwidth.'
            : 'Upgrade the circuit to Premium, or split the VNets over more circuits.',
        source: DOCS.limits,
      });
    }
  },
});
