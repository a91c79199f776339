import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { about } from './sources.ts';
import type { RouteProblemCode } from '../model/routes.ts';
import { capitalise } from '../model/names.ts';

// FastPath never removes the gateway: without a gateway, a connection to the site's circuit and,
// for spokes, transit peering, an inbound flow has no route (RULES.md Part A.1, 3.1).

const TEXT: Partial<Record<RouteProblemCode, { message: (name: string) => string; remediation: string }>> = {
  'no-gateway': {
    message: (l) =>
      `${l} has no ExpressRoute gateway and is not peered (with gateway transit) to a VNet that has one; ` +
      'FastPath still needs a gateway to exchange routes.',
    remediation:
      'Deploy an ExpressRoute gateway in the hub and connect it to the circuit, ' +
      'and peer this VNet to the hub with gateway transit.',
  },
  'no-connection': {
    message: (l) => `${l} has no connection to a circuit that the on-premises site reaches with private peering.`,
    remediation: "Create a connection from the gateway to the site's circuit.",
  },
  'transit-off': {
    message: (l) =>
      `${l} does not carry gateway transit: ` +
      'Allow Gateway Transit (hub side) and Use Remote Gateways (spoke side) must both be on.',
    remediation: 'Turn on Allow Gateway Transit on the hub side and Use Remote Gateways on the spoke side.',
  },
  'transit-direction': {
    message: (l) =>
      `${l} is drawn from the spoke to the hub; gateway transit runs from the hub ` +
      '(the source, which allows transit) to the spoke (the target, which uses remote gateways).',
    remediation: 'Draw the peering from the hub VNet to the spoke VNet.',
  },
};

export default defineRule({
  id: 'gateway-required',
  description:
    'Inbound traffic needs an ExpressRoute gateway connected to the circuit, ' +
    'in the VNet or in a hub reached by gateway transit',
  sources: [about('2020-03'), about('latest')],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkRoute(ctx) {
    if (ctx.route.kind !== 'none') return;
    const text = TEXT[ctx.route.problem.code];
    if (!text) return;
    const { subject } = ctx.route.problem;
    ctx.unreachable({
      subject,
      severity: ctx.flow.props.expect === 'unreachable' ? 'info' : 'error',
      message: text.message(capitalise(ctx.topo.name(subject))),
      remediation: text.remediation,
      source: about(ctx.pack),
    });
  },
});
