import { defineRule, type LegContext } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { about, DOCS } from './sources.ts';
import { normaliseRegion } from '../model/topology.ts';
import { LIMITED_GA_REGIONS, PRIVATE_LINK_REGIONS_2025_11 } from '../model/regions.ts';
import type { PeService } from '../schema/kinds.ts';
import { capitalise } from '../model/names.ts';

// Private endpoints over FastPath: never (2019-2021), preview, 100G GA (2022), limited GA on
// Direct for four services in listed regions, hub only until June 2024 (RULES.md 3.11).

export const PRIVATE_LINK_SERVICES: ReadonlySet<PeService> = new Set([
  'CosmosDB',
  'KeyVault',
  'Storage',
  'ThirdPartyPrivateLinkService',
]);

type Unmet = { subject: string; text: string; fix: string };

function unmetRequirements(ctx: LegContext): Unmet[] {
  const { leg } = ctx;
  const dest = leg.dest;
  if (dest.kind !== 'privateEndpoint') return [];
  const unmet: Unmet[] = [];
  const region = normaliseRegion(leg.destVnet.props.region);
  const regions = ctx.at('2025-11') ? PRIVATE_LINK_REGIONS_2025_11 : LIMITED_GA_REGIONS;
  if (!leg.onDirect) {
    unmet.push({
      subject: leg.entry.circuit.id,
      text: 'it needs ExpressRoute Direct; provider circuits are not eligible',
      fix: 'Use an ExpressRoute Direct circuit.',
    });
  }
  if (ctx.at('2022') && !leg.entry.connection.props.privateLinkFastPath) {
    unmet.push({
      subject: leg.entry.connection.id,
      text: 'Private Link FastPath is not enabled on the connection',
      fix:
        'Enrol the subscription and set enablePrivateLinkFastPath on the connection ' +
        '(PowerShell -EnablePrivateLinkFastPath).',
    });
  }
  if (!PRIVATE_LINK_SERVICES.has(dest.props.service)) {
    unmet.push({
      subject: dest.id,
      text:
        `the service "${dest.props.service}" is not supported ` +
        '(Cosmos DB, Key Vault, Storage and third-party Private Link services are)',
      fix: 'Only those four services get FastPath to their private endpoints.',
    });
  }
  if (!regions.has(region)) {
    unmet.push({
      subject: leg.destVnet.id,
      text: region
        ? `the region "${leg.destVnet.props.region}" is not in the supported list`
        : 'the VNet has no region set, and only listed regions are supported',
      fix: 'Place the private endpoint in a supported region.',
    });
  }
  if (leg.isSpoke && !ctx.at('2024-06')) {
    unmet.push({
      subject: dest.id,
      text: 'private endpoints in spoke VNets are not supported (hub only)',
      fix: 'Place the private endpoint in the hub VNet.',
    });
  }
  if (leg.isSpoke && !leg.sameRegion) {
    unmet.push({
      subject: dest.id,
      text: 'cross-region private endpoints are not supported',
      fix: "Place the private endpoint in the hub's region.",
    });
  }
  return unmet;
}

export default defineRule({
  id: 'private-link',
  description:
    'Private endpoints get FastPath only on ExpressRoute Direct, with Private Link FastPath enabled, ' +
    'for four services in listed regions',
  sources: [
    about('2020-03'),
    about('2022'),
    about('2023-01'),
    about('2024-06'),
    about('latest'),
    DOCS.linkVnetPowerShell2023,
  ],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkLeg(ctx) {
    const { leg } = ctx;
    const dest = leg.dest;
    if (dest.kind !== 'privateEndpoint' || !leg.fastPathOn) return;
    const source = about(ctx.pack);
    const name = ctx.topo.name(dest.id);
    if (!leg.onDirect && leg.entry.connection.props.privateLinkFastPath && ctx.at('2022')) {
      ctx.report({
        subject: leg.entry.connection.id,
        severity: 'warning',
        source,
        message: 'Private Link FastPath is enabled on this connection, but it has no effect on provider circuits.',
        remediation: 'Use ExpressRoute Direct for FastPath to private endpoints, or clear the setting.',
      });
    }
    if (ctx.at('2019-05', '2021-03')) {
      ctx.gateway({
        subject: dest.id,
        severity: 'info',
        source,
        confidence: ctx.at('2019-05', '2019-05') ? 'inference' : 'documented',
        message:
          `Traffic to ${name} goes through the gateway; ` +
          'FastPath does not support Private Link in this documentation.',
        remediation: 'Evaluate with a newer pack, or accept the gateway path.',
      });
      return;
    }
    const unmet = unmetRequirements(ctx);
    if (unmet.length > 0) {
      for (const u of unmet) {
        ctx.gateway({
          subject: u.subject,
          severity: 'info',
          source,
          message: `${capitalise(name)} goes through the gateway: ${u.text}.`,
          remediation: u.fix,
        });
      }
      return;
    }
    if (ctx.at('2021-08', '2021-08')) {
      ctx.preview({
        subject: dest.id,
        severity: 'info',
        source,
        feature: `FastPath to ${name}`,
        stage: 'public preview',
        remediation: 'Enrol in the preview and allow previews in the design.',
      });
    } else if (ctx.at('2022', '2022') && leg.entry.circuit.props.bandwidthMbps < 100_000) {
      ctx.preview({
        subject: dest.id,
        severity: 'info',
        source,
        feature: `FastPath to ${name} over a 10G Direct port`,
        stage: 'preview (GA on 100G ports)',
        remediation:
          'Use a 100G Direct port, or register the ExpressRoutePrivateEndpointGatewayBypass feature, ' +
          're-enable FastPath on the connection and allow previews.',
      });
    }
  },
});
