import { READ_TYPES, type AzureResource } from './azure-resource.ts';
import { startBuild, type EstateEdge, type EstateNode, type EstateReport } from './estate-build.ts';
import { addCircuits, addConnections, addGateways } from './estate-connectivity.ts';
import { addPeerings, addVnets, noteRouteTables } from './estate-network.ts';
import { addAppliancesAndVms, addEndpoints } from './estate-workloads.ts';
import { proposeSites, type ProposedFlow } from './propose.ts';

// Azure resources → a design document (FORMAT.md), and a report of what each resource became, what
// was left out and why, and what was assumed. Every node keeps its resource's ARM id (`azureId`).
// Secrets (authorization and shared keys) are never read into the design. What an estate cannot
// say, its on-premises side, is proposed (propose.ts) for the architect to confirm.

export type { EstateReport, Ignored } from './estate-build.ts';

export type EstateDesign = {
  /** A design document without flows: the proposed ones are added once confirmed (withFlows). */
  document: {
    format: 'fastpath-design';
    version: 1;
    title: string;
    rulesAsOf: 'latest';
    allowPreviews: false;
    nodes: EstateNode[];
    edges: EstateEdge[];
    notes: { id: string; author: string; text: string }[];
  };
  report: EstateReport;
  /** The flows proposed from each proposed site to each endpoint it can reach. */
  proposedFlows: ProposedFlow[];
};

export function estateDesign(
  resources: readonly AzureResource[],
  title: string,
  warnings: readonly string[] = [],
): EstateDesign {
  const b = startBuild(resources, warnings);
  // In this order: what comes later refers to what came before (a gateway's UDR to an appliance's
  // IP, a connection to its gateway and circuit, a peering's hub to the VNet with a gateway).
  const network = addVnets(b);
  const applianceAt = addAppliancesAndVms(b, network);
  const gateways = addGateways(b, network, applianceAt);
  const circuits = addCircuits(b);
  addConnections(b, gateways, circuits);
  addPeerings(b, network);
  addEndpoints(b, network);
  noteRouteTables(b, network);
  for (const [type, list] of b.byType) {
    if (!READ_TYPES.has(type))
      for (const resource of list) b.ignore(resource, 'a resource type FastPath does not depend on');
  }

  const proposal = proposeSites(b.nodes, b.edges, [...circuits.values()], b.idFor);
  b.nodes.push(...proposal.sites);
  b.edges.push(...proposal.links);
  b.report.assumed.push(...proposal.assumed);
  b.report.read = b.readRows();

  return {
    document: {
      format: 'fastpath-design',
      version: 1,
      title,
      rulesAsOf: 'latest',
      allowPreviews: false,
      nodes: b.nodes,
      edges: b.edges,
      notes: [{ id: 'estate-import', author: 'Estate import', text: reportText(b.report) }],
    },
    report: b.report,
    proposedFlows: proposal.flows,
  };
}

/** The report as the note the design keeps: plain text, within a note's length. */
export function reportText(report: EstateReport): string {
  const lines = ['Imported from an Azure estate export.', ''];
  for (const row of report.read) lines.push(`${row.type}: ${row.count}${row.became ? ` → ${row.became}` : ''}`);
  if (report.ignored.length) {
    lines.push('', `Left out (${report.ignored.length}):`);
    for (const item of report.ignored.slice(0, 40)) lines.push(`- ${item.name} (${item.type}): ${item.reason}`);
    if (report.ignored.length > 40) lines.push(`- and ${report.ignored.length - 40} more`);
  }
  if (report.assumed.length) lines.push('', 'Assumed:', ...report.assumed.slice(0, 40).map((line) => `- ${line}`));
  if (report.warnings.length) lines.push('', 'Warnings:', ...report.warnings.map((line) => `- ${line}`));
  if (report.secretsDropped)
    lines.push('', `${report.secretsDropped} authorization or shared keys were in the export and were not read.`);
  return lines.join('\n').slice(0, 9_900);
}
