import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about, DOCS } from './sources.ts';
import { capitalise } from '../model/names.ts';

export default defineRule({
  id: 'dns-private-resolver',
  description:
    'DNS Private Resolver inbound endpoints: not supported by FastPath (2023 to 2024-11); ' +
    'from 2025-03 only hub resolvers are',
  sources: [DOCS.dnsResolver, about('2023-11'), about('2025-03'), about('latest')],
  packs: packsBetween('2023-01'),
  confidence: 'documented',
  checkLeg(ctx) {
    const { dest, isSpoke, fastPathOn, ipVersion } = ctx.leg;
    if (dest.kind !== 'dnsResolver') return;
    const name = ctx.topo.name(dest.id, 'DNS Private Resolver');
    if (ipVersion === 6) {
      ctx.report({
        subject: dest.id,
        severity: 'warning',
        message: `${capitalise(name)} has no IPv6 address: the service does not support IPv6 subnets.`,
        remediation: 'Send DNS queries to the resolver over IPv4.',
        source: DOCS.dnsResolver,
      });
    }
    if (!fastPathOn) return;
    if (!ctx.at('2025-03')) {
      ctx.gateway({
        subject: dest.id,
        severity: 'warning',
        message: `FastPath does not support DNS Private Resolver; queries to ${name} go through the gateway.`,
        remediation: 'Accept the gateway path for DNS, or evaluate with a 2025 pack where hub resolvers are supported.',
        source: ctx.at('2023-11') ? about(ctx.pack) : DOCS.dnsResolver,
      });
    } else if (isSpoke) {
      ctx.gateway({
        subject: dest.id,
        severity: 'warning',
        message:
          `${capitalise(name)} is in a spoke VNet; ` +
          'FastPath supports resolvers only in the hub, so queries go through the gateway.',
        remediation: "Deploy the resolver's inbound endpoint in the hub VNet.",
        source: about(ctx.pack),
      });
    } else {
      ctx.report({
        subject: dest.id,
        severity: 'warning',
        message:
          'The FastPath article supports resolvers in the hub, but the DNS Private Resolver overview still says ' +
          `the service does not support FastPath; verify ${name} before relying on it.`,
        remediation: 'Test DNS resolution over FastPath before production, or accept the gateway path.',
        source: DOCS.dnsResolver,
      });
    }
  },
});
