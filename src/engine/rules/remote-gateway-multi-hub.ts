import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about } from './sources.ts';
import { capitalise, listOf } from '../model/names.ts';

export default defineRule({
  id: 'remote-gateway-multi-hub',
  description: 'A spoke peered to two hubs may use only one of them as its remote gateway',
  sources: [about('2024-11'), about('latest')],
  packs: packsBetween('2024-11'),
  confidence: 'documented',
  checkDesign(ctx) {
    const { topo } = ctx;
    for (const vnet of topo.nodesOf('vnet')) {
      // The condition is the spoke-side setting: Use Remote Gateways towards two hubs (VNets with a gateway).
      const transit = topo
        .peeringsOf(vnet.id)
        .filter((p) => p.target === vnet.id && p.props.useRemoteGateways && topo.gatewayIn(p.source) !== undefined);
      if (transit.length < 2) continue;
      const hubs = listOf(transit.map((p) => topo.name(p.source, 'hub')));
      ctx.report({
        subject: vnet.id,
        severity: 'warning',
        message:
          `${capitalise(topo.name(vnet.id))} uses remote gateways on ${transit.length} peerings (${hubs}); ` +
          'only one hub gateway can be the remote gateway, using more causes connectivity issues.',
        remediation: "Turn Use Remote Gateways off on all but one of the spoke's hub peerings.",
        source: about(ctx.pack),
      });
    }
  },
});
