import { defineRule, type Report } from './rule.ts';
import { ALL_PACKS, type PackId } from '../model/packs.ts';
import { about, DOCS } from './sources.ts';
import { normaliseRegion, type Gateway } from '../model/topology.ts';

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

const REMEDIATION =
  'Resize the gateway to ErGw3AZ or Ultra Performance, or (from the 2025 documentation) ErGwScale with a minimum ' +
  'of 10 scale units; ErGw1AZ/2AZ/3AZ upgrade in place to ErGwScale, other SKUs need the migration tool.';

export default defineRule({
  id: 'gateway-sku',
  description: 'FastPath needs an Ultra Performance or ErGw3AZ gateway, or ErGwScale with at least 10 scale units',
  sources: [about('latest'), DOCS.gatewayLatest, DOCS.scalableGateway],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkDesign(ctx) {
    const { topo } = ctx;
    const source = ctx.at('2025-03') ? about(ctx.pack) : DOCS.gateway2024;
    const regionSource = ctx.at('2025-11')
      ? DOCS.scalableGateway
      : ctx.at('2025-03')
        ? DOCS.scalableGateway2025
        : DOCS.gateway2024;
    for (const gateway of topo.nodesOf('gateway')) {
      const fastPathConnections = topo.connectionsFrom(gateway.id).filter((c) => c.props.fastPath);
      const eligibility = skuEligibility(gateway, ctx.at);
      if (fastPathConnections.length > 0 && eligibility.ok === false) {
        const names = fastPathConnections.map((c) => `"${topo.label(c.id)}"`).join(', ');
        ctx.report({
          subject: gateway.id,
          severity: 'error',
          message: `FastPath is enabled on ${names}, but ${eligibility.why}.`,
          remediation: REMEDIATION,
          source: ctx.at('2025-03') ? source : about(ctx.pack),
        });
      }
      if (gateway.props.sku === 'ErGwScale') {
        const vnet = topo.vnetOf(gateway);
        const problem = vnet ? regionProblem(vnet.props.region, ctx.at) : undefined;
        if (vnet && problem) {
          ctx.report({
            subject: gateway.id,
            severity: 'error',
            message: `${problem}, so gateway "${topo.label(gateway.id)}" cannot be deployed in VNet "${topo.label(vnet.id)}".`,
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
    const base: Omit<Report, 'message' | 'severity'> = {
      subject: gateway.id,
      remediation: REMEDIATION,
      source: about(ctx.pack),
    };
    if (eligibility.ok === false) {
      ctx.gateway({
        ...base,
        severity: 'warning',
        message: `FastPath cannot run on gateway "${ctx.topo.label(gateway.id)}": ${eligibility.why}.`,
      });
    } else if (eligibility.ok === 'preview') {
      ctx.preview({
        ...base,
        severity: 'info',
        feature: 'FastPath on ErGwScale',
        stage: 'preview in this documentation',
      });
    }
  },
});
