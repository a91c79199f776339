import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import { capitalise } from '../model/names.ts';

export default defineRule({
  id: 'microsoft-peering',
  description:
    'VNet traffic, and so FastPath, needs Azure private peering; ' +
    'Microsoft peering reaches only public Microsoft services',
  sources: [DOCS.linkVnetPowerShell, DOCS.faq],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkRoute(ctx) {
    if (ctx.route.kind !== 'none') return;
    const { code, subject, circuit } = ctx.route.problem;
    if (code !== 'microsoft-only' && code !== 'no-private-peering') return;
    const site = capitalise(ctx.topo.name(subject));
    const circuitName = circuit ? ctx.topo.name(circuit) : '';
    ctx.unreachable({
      subject,
      severity: ctx.flow.props.expect === 'unreachable' ? 'info' : 'error',
      message:
        code === 'no-private-peering'
          ? `${site} is not linked to any circuit with private peering.`
          : circuit
            ? `${site} reaches ${circuitName}, the circuit this destination's gateway is connected to, only ` +
              'through Microsoft peering, which carries traffic to public Microsoft services, not to VNets.'
            : `${site} reaches its circuit only through Microsoft peering, ` +
              'which carries traffic to public Microsoft services, not to VNets.',
      remediation:
        code === 'no-private-peering'
          ? 'Link the site to an ExpressRoute circuit with Azure private peering.'
          : `Configure Azure private peering on ${circuit ? circuitName : 'the circuit'} and link the site with it.`,
      source: DOCS.linkVnetPowerShell,
    });
  },
});
