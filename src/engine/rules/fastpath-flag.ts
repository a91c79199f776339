import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { about, DOCS } from './sources.ts';

export default defineRule({
  id: 'fastpath-flag',
  description: 'FastPath is set per connection; with it off, inbound traffic always crosses the gateway',
  sources: [about('latest'), DOCS.linkVnetPowerShell],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkLeg(ctx) {
    const { connection } = ctx.leg.entry;
    if (ctx.leg.fastPathOn) return;
    ctx.gateway({
      subject: connection.id,
      severity: 'info',
      message: `FastPath is not enabled on ${ctx.topo.name(connection.id)}, so the gateway carries this traffic.`,
      remediation:
        'Enable FastPath on the connection (expressRouteGatewayBypass; CLI --express-route-gateway-bypass true).',
      source: ctx.at('2019-05', '2019-05') ? DOCS.linkVnetCli2019 : DOCS.linkVnetPowerShell,
    });
  },
});
