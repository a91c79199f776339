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
    const { code, subject } = ctx.route.problem;
    if (code !== 'microsoft-only' && code !== 'no-private-peering') return;
    const site = capitalise(ctx.topo.name(subject));
    ctx.unreachable({
      subject,
      severity: ctx.flow.props.expect === 'unreachable' ? 'info' : 'error',
      message:
        code === 'microsoft-only'
          ? `${site} reaches its circuit only through Microsoft peering, ` +
            'which carries traffic to public Microsoft services, not to VNets.'
          : `${site} is not linked to any circuit with private peering.`,
      remediation:
        code === 'microsoft-only'
          ? 'Configure Azure private peering on the circuit and link the site with it.'
          : 'Link the site to an ExpressRoute circuit with Azure private peering.',
      source: DOCS.linkVnetPowerShell,
    });
  },
});
