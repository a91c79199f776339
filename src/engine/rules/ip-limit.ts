import { defineRule } from './rule.ts';
import { packsBetween } from '../model/packs.ts';
import { about, DOCS } from './sources.ts';
import { entriesInto } from '../model/routes.ts';
import { makeLeg } from '../model/legs.ts';
import type { Circuit, Endpoint, Topology } from '../model/topology.ts';
import { capitalise, listOf } from '../model/names.ts';

// FastPath programs a limited number of IPs per provider circuit or per Direct port (RULES.md
// 3.17). The unit is not defined precisely, so what counts is an inference: every endpoint IP
// that would get FastPath (VM instances, load balancer frontends, NVAs, resolvers, endpoints).

export const PROVIDER_IP_LIMIT = 25_000;
export const DIRECT_10G_IP_LIMIT = 100_000;
export const DIRECT_100G_IP_LIMIT = 200_000;
const NEAR_LIMIT = 0.8;

type Port = { key: string; circuits: Circuit[]; limit: number; label: string };

function portsOf(topo: Topology, circuits: readonly Circuit[]): Port[] {
  const ports = new Map<string, Port>();
  for (const circuit of circuits) {
    const direct = circuit.props.circuitType === 'direct';
    const key = direct && circuit.props.portId ? `port:${circuit.props.portId}` : `circuit:${circuit.id}`;
    const limit = !direct
      ? PROVIDER_IP_LIMIT
      : circuit.props.bandwidthMbps >= 100_000
        ? DIRECT_100G_IP_LIMIT
        : DIRECT_10G_IP_LIMIT;
    const port = ports.get(key);
    if (port) {
      port.circuits.push(circuit);
      port.limit = Math.max(port.limit, limit);
    } else {
      const label = direct && circuit.props.portId ? `Direct port "${circuit.props.portId}"` : topo.name(circuit.id);
      ports.set(key, { key, circuits: [circuit], limit, label });
    }
  }
  return [...ports.values()];
}

function weight(node: Endpoint): number {
  return node.kind === 'vm' || node.kind === 'loadBalancer' ? node.props.instances : 1;
}

const fmt = (n: number) => n.toLocaleString('en-US');

export default defineRule({
  id: 'ip-limit',
  description:
    'FastPath programs at most 25,000 IPs per provider circuit and 100,000 (10G) or 200,000 (100G) per Direct port; ' +
    'beyond that traffic goes through the gateway',
  sources: [about('2022'), about('latest'), DOCS.limits, DOCS.faq, DOCS.monitoring],
  packs: packsBetween('2022'),
  confidence: 'inference',
  checkDesign(ctx) {
    const endpoints = ctx.topo
      .allNodes()
      .filter(
        (n): n is Endpoint =>
          n.kind !== 'onPremises' && n.kind !== 'vnet' && n.kind !== 'gateway' && n.kind !== 'circuit',
      )
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const port of portsOf(ctx.topo, ctx.topo.nodesOf('circuit'))) {
      const circuitIds = new Set(port.circuits.map((c) => c.id));
      let used = 0;
      const over: Endpoint[] = [];
      // The routes into a VNet are the same for each of its endpoints: worked out once per VNet.
      const entriesOf = new Map<string, ReturnType<typeof entriesInto>>();
      for (const endpoint of endpoints) {
        const vnet = ctx.topo.vnetOf(endpoint);
        if (!vnet) continue;
        let entries = entriesOf.get(vnet.id);
        if (!entries) {
          entries = entriesInto(ctx.topo, vnet, circuitIds);
          entriesOf.set(vnet.id, entries);
        }
        const programmed = entries.some(
          (entry) => ctx.legVerdictWithoutLimit(makeLeg(entry, endpoint, vnet, 4)) === 'fastpath',
        );
        if (!programmed) continue;
        used += weight(endpoint);
        if (used > port.limit) over.push(endpoint);
      }
      for (const endpoint of over) {
        for (const circuit of port.circuits) ctx.markOverLimit(circuit.id, endpoint.id);
      }
      const subject = port.circuits.map((c) => c.id).sort()[0] as string;
      const share = Math.round((used / port.limit) * 100);
      const source = about(ctx.pack);
      if (used > port.limit) {
        const names = listOf(over.map((e) => ctx.topo.name(e.id)));
        ctx.report({
          subject,
          severity: 'warning',
          source,
          message:
            `${capitalise(port.label)} would need ${fmt(used)} FastPath IPs (${share}% of its limit of ${fmt(port.limit)}); ` +
            `routes beyond the limit are not programmed, so traffic to ${names} goes through the gateway ` +
            '(which IPs lose FastPath is not documented; the last by id are assumed).',
          remediation:
            'Spread workloads over more circuits or ports, summarise, or move to a larger ExpressRoute Direct port; ' +
            'alert on the "FastPath routes count" metric.',
        });
      } else if (used >= port.limit * NEAR_LIMIT) {
        ctx.report({
          subject,
          severity: 'info',
          source,
          message: `${capitalise(port.label)} uses ${fmt(used)} of ${fmt(port.limit)} FastPath IPs (${share}%).`,
          remediation: 'Plan capacity before the limit is reached; alert on the "FastPath routes count" metric.',
        });
      }
    }
  },
  checkLeg(ctx) {
    if (!ctx.leg.fastPathOn || !ctx.overIpLimit()) return;
    const {
      dest,
      entry: { circuit },
    } = ctx.leg;
    ctx.gateway({
      subject: circuit.id,
      severity: 'warning',
      message:
        `${capitalise(ctx.topo.name(dest.id))} is beyond the FastPath IP limit of ${ctx.topo.name(circuit.id)}, ` +
        'so its traffic goes through the gateway.',
      remediation: 'Reduce the number of FastPath IPs behind the circuit or port, or use a larger Direct port.',
      source: about(ctx.pack),
    });
  },
});
