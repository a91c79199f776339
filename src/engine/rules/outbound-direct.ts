import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import { capitalise } from '../model/names.ts';

// Direction (RULES.md 3.19, Part A.2-3): traffic that starts in Azure never crosses the gateway
// on its way out. The Microsoft sources for this are a blog and a lab, hence "advisory".

export default defineRule({
  id: 'outbound-direct',
  description:
    'Traffic sourced in Azure goes straight to the edge routers or over peering, ' +
    'never through the gateway on its way out',
  sources: [DOCS.techCommunity2024, DOCS.lab, DOCS.interopDataPlane],
  packs: ALL_PACKS,
  confidence: 'advisory',
  checkRoute(ctx) {
    const { route, topo, flow } = ctx;
    const severity = flow.props.expect === 'unreachable' ? 'info' : 'error';
    if (route.kind === 'outbound') {
      ctx.report({
        subject: flow.id,
        severity: 'info',
        message:
          `Traffic from ${topo.name(route.source.id)} goes straight to the edge routers of ` +
          `${topo.name(route.entry.circuit.id)}; the gateway is not on the way out, with or without FastPath.`,
        remediation: 'None needed.',
        source: DOCS.techCommunity2024,
      });
    } else if (route.kind === 'inAzure') {
      ctx.report({
        subject: flow.id,
        severity: 'info',
        confidence: 'inference',
        message: route.peering
          ? 'The two VNets are peered: traffic stays inside Azure and ExpressRoute is not involved.'
          : 'Both ends are in the same VNet: ExpressRoute is not involved.',
        remediation: 'None needed.',
        source: DOCS.interopDataPlane,
      });
    } else if (route.kind === 'none') {
      const { code, subject } = route.problem;
      const name = topo.name(subject);
      const cases = {
        'no-route-to-site': {
          message:
            `${capitalise(name)} reaches no circuit that links to the on-premises site with private peering, ` +
            'so the traffic has no way out.',
          remediation: "Connect the VNet's gateway (or its hub's, by transit) to a circuit the site is linked to.",
        },
        'same-gateway': {
          message:
            `The two VNets are not peered and reach the circuit only through the same ${name}; ` +
            "peering is not transitive and a gateway does not send one VNet's routes back to another behind it.",
          remediation: 'Peer the two VNets, or route between them through an NVA or firewall in the hub.',
        },
        'no-shared-circuit': {
          message:
            'The two VNets are not peered and do not share an ExpressRoute circuit, ' +
            `so ${name} cannot be reached from the source.`,
          remediation: 'Peer the VNets, or connect both to the same circuit through different gateways.',
        },
        'onprem-to-onprem': {
          message: 'Both ends are on-premises: the traffic never enters Azure, so this design has no route for it.',
          remediation: 'Draw flows between on-premises sites and Azure endpoints.',
        },
      } as const;
      const text = code in cases ? cases[code as keyof typeof cases] : undefined;
      const source = DOCS.interopDataPlane;
      if (text) ctx.unreachable({ subject, severity, confidence: 'documented', ...text, source });
    }
  },
});
