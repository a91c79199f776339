import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import { capitalise } from '../model/names.ts';
import { outOfLocalRegion } from '../model/routes.ts';
import type { Circuit, Topology } from '../model/topology.ts';

// RULES.md 3.5: a Local circuit has Standard's FastPath features, but Azure connects it only to
// gateways in the region(s) local to its peering location (model/peering-locations.ts). A
// connection outside them carries nothing: flows that need it are unreachable, and the connection
// gets an error. Where the table does not know the location, the design gets an info to check.

const localRegionsText = (regions: readonly string[]) => regions.join(' or ');

function refusal(topo: Topology, circuit: Circuit, connectionId: string, regions: readonly string[]) {
  const connection = topo.edge(connectionId, 'connection');
  const hub = connection ? topo.vnetOf(topo.gatewayOf(connection)) : undefined;
  const location = circuit.props.peeringLocation ?? '';
  return {
    message:
      `${capitalise(topo.name(connectionId))} links ${topo.name(circuit.id)}, an ExpressRoute Local circuit at ` +
      `${location}, to a gateway in ${hub?.props.region || 'another region'}; a Local circuit connects only to ` +
      `gateways in the region local to its peering location (${localRegionsText(regions)}), so this connection ` +
      'carries no traffic.',
    remediation:
      `Connect a gateway in ${localRegionsText(regions)} to the circuit, ` +
      'or make it a Standard or Premium circuit to reach other regions.',
  };
}

export default defineRule({
  id: 'circuit-local-sku',
  description:
    'ExpressRoute Local circuits get the same FastPath features; ' +
    'they connect only to gateways in the regions local to their peering location',
  sources: [DOCS.faq],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkRoute(ctx) {
    if (ctx.route.kind !== 'none' || ctx.route.problem.code !== 'local-out-of-region') return;
    const { subject } = ctx.route.problem;
    const connection = ctx.topo.edge(subject, 'connection');
    if (!connection) return;
    const circuit = ctx.topo.circuitOf(connection);
    const hub = ctx.topo.vnetOf(ctx.topo.gatewayOf(connection));
    const regions = hub ? outOfLocalRegion(circuit, hub) : undefined;
    if (!regions) return;
    ctx.unreachable({
      subject,
      severity: ctx.flow.props.expect === 'unreachable' ? 'info' : 'error',
      ...refusal(ctx.topo, circuit, subject, regions),
      source: DOCS.faq,
    });
  },
  checkDesign(ctx) {
    const { topo } = ctx;
    for (const circuit of topo.nodesOf('circuit')) {
      if (circuit.props.sku !== 'Local') continue;
      const regions: string[] = [];
      for (const connection of topo.connectionsTo(circuit.id)) {
        const hub = topo.vnetOf(topo.gatewayOf(connection));
        if (hub?.props.region) regions.push(hub.props.region);
        const local = hub ? outOfLocalRegion(circuit, hub) : undefined;
        if (local)
          ctx.report({
            subject: connection.id,
            severity: 'error',
            ...refusal(topo, circuit, connection.id, local),
            source: DOCS.faq,
          });
      }
      const used = [...new Set(regions)].sort();
      const location = circuit.props.peeringLocation ? `"${circuit.props.peeringLocation}"` : 'its peering location';
      ctx.report({
        subject: circuit.id,
        severity: 'info',
        message:
          `${capitalise(topo.name(circuit.id))} is ExpressRoute Local: no documentation restricts FastPath ` +
          `by circuit SKU, but a Local circuit connects only to gateways in the region(s) local to ${location}` +
          `${used.length ? ` (the design uses ${used.join(', ')})` : ''}.`,
        remediation:
          'Check that every connected hub is in a region local to the peering location, or use a Standard circuit.',
        source: DOCS.faq,
      });
    }
  },
});
