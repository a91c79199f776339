import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';

export default defineRule({
  id: 'flow-logs',
  description: 'FastPath traffic does not cross the gateway, so GatewaySubnet flow logs do not see it',
  sources: [DOCS.flowLogs],
  packs: ALL_PACKS,
  confidence: 'advisory',
  annotate(ctx) {
    if (ctx.verdict !== 'fastpath') return;
    ctx.report({
      subject: ctx.flow.id,
      severity: 'info',
      message: 'Flow logs on the GatewaySubnet will not show this traffic because it bypasses the gateway.',
      remediation:
        'Observe it with flow logs on the destination subnet or NIC, or with ExpressRoute Traffic Collector.',
      source: DOCS.flowLogs,
    });
  },
});
