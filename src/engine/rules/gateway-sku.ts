import { defineRule, type Report } from './rule.ts';
import { ALL_PACKS, type PackId } from '../model/packs.ts';
import { about, DOCS } from './sources.ts';
import { normaliseRegion, type Gateway, type Topology } from '../model/topology.ts';
import { listOf } from '../model/names.ts';

// Which gateway SKUs can run FastPath, per pack, and where the scalable gateway exists.

const ALWAYS_ELIGIBLE = new Set(['UltraPerformance', 'ErGw3AZ']);
export const ERGWSCALE_MIN_UNITS = 10;

type Eligibility = { ok: true } | { ok: 'preview' } | { ok: false; why: string };
type At = (from: PackId, to?: PackId) => boolean;

export function skuEligibility(gateway: Gateway, at: At): Eligibility {
  const { sku, scaleUnits } = gateway.props;
  if (ALWAYS_ELIGIBLE.has(sku)) return { ok: true };
  if (sku !== 'ErGwScale') {
    const scalable = at('2025-03') ? ' and ErGwScale with at least 10 scale units' : '';
    return { ok: false, why: `the ${sku} SKU cannot run FastPath (only Ultra Performance, ErGw3AZ${scalable})` };
  }
  if (!at('2025-03')) {
    return {
      ok: false,
      why: 'ErGwScale is not among the FastPath gateway SKUs in this documentation (Ultra Performance and ErGw3AZ only)',
    };
  }
  if (scaleUnits < ERGWSCALE_MIN_UNITS) {
    return {
      ok: false,
      why: `ErGwScale runs FastPath only with a minimum of ${ERGWSCALE_MIN_UNITS} scale units; this one has ${scaleUnits}`,
    };
  }
  return at('2025-03', '2025-03') ? { ok: 'preview' } : { ok: true };
}

// Regions where the scalable gateway was offered (2024-08) and, later, where it is not (2025-06, 2025-11).
const ERGWSCALE_PREVIEW_REGIONS = new Set([
  'australiaeast',
  'brazilsouth',
  'canadacentral',
  'eastus',
  'eastasia',
  'francecentral',
  'germanywestcentral',
  'centralindia',
  'indiacentral',
  'italynorth',
  'northeurope',
  'norwayeast',
  'swedencentral',
  'uaenorth',
  'uksouth',
  'westus2',
  'westus3',
]);
const ERGWSCALE_EXCLUDED_2025_06 = [
  'belgiumcentral',
  'japaneast',
  'qatarcentral',
  'southeastasia',
  'westeurope',
  'westindia',
  'westus2',
];
const ERGWSCALE_EXCLUDED_2025_11 = new Set([...ERGWSCALE_EXCLUDED_2025_06, 'southcentralus', 'eastus2']);

function regionProblem(region: string, at: At): string | undefined {
  const r = normaliseRegion(region);
  if (r === '') return undefined;
  if (at('2025-11')) return ERGWSCALE_EXCLUDED_2025_11.has(r) ? `ErGwScale is not available in ${region}` : undefined;
  if (at('2024-11') && !ERGWSCALE_PREVIEW_REGIONS.has(r)) {
    return `ErGwScale (preview) is offered only in a list of regions that does not include ${region}`;
  }
  return undefined;
}

type Hub = { region: string } | undefined;

/**
 * What to change, for this gateway in this pack: the SKUs the pack allows and, for ErGwScale, that
 * FastPath needs its scale units (the autoscale minimum) at 10 or more, while a new ErGwScale gateway
 * has 1 unless told otherwise, so moving to ErGwScale alone leaves the traffic on the gateway.
 */
function remediation(gateway: Gateway, hub: Hub, at: At): string {
  const fixed = 'ErGw3AZ or Ultra Performance';
  if (!at('2025-03')) {
    return (
      `Resize the gateway to ${fixed}, the only FastPath SKUs in this documentation` +
      (gateway.props.sku === 'ErGwScale'
        ? ` (ErGwScale qualifies, with at least ${ERGWSCALE_MIN_UNITS} scale units, from the 2025-03 pack).`
        : '.')
    );
  }
  const preview = at('2025-03', '2025-03')
    ? ' In this pack FastPath on ErGwScale is a preview: it counts only when the design allows previews.'
    : '';
  const units =
    `set its scale units (the autoscale minimum) to at least ${ERGWSCALE_MIN_UNITS}: ` +
    `below ${ERGWSCALE_MIN_UNITS} FastPath stays off`;
  if (gateway.props.sku === 'ErGwScale') {
    return `Raise the gateway's scale units from ${gateway.props.scaleUnits} to at least ${ERGWSCALE_MIN_UNITS} (the autoscale minimum counts), or resize it to ${fixed}.${preview}`;
  }
  const excluded = hub ? regionProblem(hub.region, at) : undefined;
  if (excluded) return `Resize the gateway to ${fixed}: ${excluded}.`;
  const move =
    gateway.props.sku === 'ErGw1AZ' || gateway.props.sku === 'ErGw2AZ'
      ? 'upgrade it in place to ErGwScale'
      : 'move it to ErGwScale with the migration tool';
  return (
    `Resize the gateway to ${fixed}, or ${move} and ${units}; ` +
    `an ErGwScale gateway has 1 scale unit unless set otherwise.${preview}`
  );
}

/**
 * The one finding for FastPath connections on a gateway that cannot run FastPath. The design lists
 * it, and every inbound leg through the gateway repeats it word for word (there it decides the
 * verdict), so anything that merges findings by rule, subject and message shows it once.
 */
function skuReport(topo: Topology, gateway: Gateway, why: string, at: At, pack: PackId): Report {
  const connections = topo.connectionsFrom(gateway.id).filter((c) => c.props.fastPath);
  const hub = topo.vnetOf(gateway);
  return {
    subject: gateway.id,
    severity: 'error',
    message: `FastPath is enabled on ${listOf(connections.map((c) => topo.name(c.id)))}, but ${why}.`,
    remediation: remediation(gateway, hub && { region: hub.props.region }, at),
    source: about(pack),
  };
}

export default defineRule({
  id: 'gateway-sku',
  description: 'FastPath needs an Ultra Performance or ErGw3AZ gateway, or ErGwScale with at least 10 scale units',
  sources: [about('latest'), DOCS.gatewayLatest, DOCS.scalableGateway],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkDesign(ctx) {
    const { topo } = ctx;
    const regionSource = ctx.at('2025-11')
      ? DOCS.scalableGateway
      : ctx.at('2025-03')
        ? DOCS.scalableGateway2025
        : DOCS.gateway2024;
    for (const gateway of topo.nodesOf('gateway')) {
      const fastPath = topo.connectionsFrom(gateway.id).some((c) => c.props.fastPath);
      const eligibility = skuEligibility(gateway, ctx.at);
      if (fastPath && eligibility.ok === false) ctx.report(skuReport(topo, gateway, eligibility.why, ctx.at, ctx.pack));
      if (gateway.props.sku === 'ErGwScale') {
        const vnet = topo.vnetOf(gateway);
        const problem = vnet ? regionProblem(vnet.props.region, ctx.at) : undefined;
        if (vnet && problem) {
          ctx.report({
            subject: gateway.id,
            severity: 'error',
            message: `${problem}, so ${topo.name(gateway.id)} cannot be deployed in ${topo.name(vnet.id)}.`,
            remediation: 'Choose another gateway SKU or a hub region where ErGwScale is offered.',
            source: regionSource,
          });
        }
      }
    }
  },
  checkLeg(ctx) {
    if (!ctx.leg.fastPathOn) return;
    const { gateway } = ctx.leg.entry;
    const eligibility = skuEligibility(gateway, ctx.at);
    if (eligibility.ok === false) {
      ctx.gateway(skuReport(ctx.topo, gateway, eligibility.why, ctx.at, ctx.pack));
    } else if (eligibility.ok === 'preview') {
      ctx.preview({
        subject: gateway.id,
        severity: 'info',
        remediation:
          'Allow previews in the design once enrolled, or resize the gateway to ErGw3AZ or Ultra Performance.',
        source: about(ctx.pack),
        feature: 'FastPath on ErGwScale',
        stage: 'preview in this documentation',
      });
    }
  },
});
