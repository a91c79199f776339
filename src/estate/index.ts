import { objectAt } from './azure-resource.ts';
import { estateDesign, type EstateDesign } from './estate-design.ts';
import { isArmTemplate, readArmTemplate } from './read-arm-template.ts';
import { readResourceGraph, type ReadResources } from './read-resource-graph.ts';
import { isTerraformState, readTerraformState } from './read-terraform-state.ts';

// The estate importer's entry, for the app and the checker alike: an export of a deployed estate
// (recognised by its content) → a design, the flows proposed for it, and the import report.

export type { EstateDesign, EstateReport, Ignored } from './estate-design.ts';
export type { ProposedFlow } from './propose.ts';
export { withFlows } from './with-flows.ts';

export type EstateFormat = 'resource-graph' | 'arm-template' | 'terraform-state';

export const ESTATE_FORMAT_NAMES: Record<EstateFormat, string> = {
  'resource-graph': 'Azure Resource Graph or az network output',
  'arm-template': 'an exported ARM template',
  'terraform-state': 'Terraform state',
};

const READERS: Record<EstateFormat, (value: unknown) => ReadResources> = {
  'resource-graph': readResourceGraph,
  'arm-template': readArmTemplate,
  'terraform-state': readTerraformState,
};

/** Which estate export a parsed JSON value is, or null when it is none (a design, anything else). */
export function estateFormatOf(value: unknown): EstateFormat | null {
  if (isTerraformState(value)) return 'terraform-state';
  if (isArmTemplate(value)) return 'arm-template';
  const wrapper = objectAt(value);
  if (Array.isArray(wrapper.data) && ('count' in wrapper || 'skip_token' in wrapper || 'total_records' in wrapper))
    return 'resource-graph';
  const rows = Array.isArray(value) ? value : [value];
  const first = objectAt(rows[0]);
  if (typeof first.id === 'string' && typeof first.type === 'string' && /\/providers\//i.test(first.id))
    return 'resource-graph';
  return null;
}

export type EstateImport = ({ ok: true; format: EstateFormat } & EstateDesign) | { ok: false; message: string };

/** Converts an estate export; `title` names the design (the file's name, say). */
export function importEstate(value: unknown, title: string): EstateImport {
  const format = estateFormatOf(value);
  if (!format) return { ok: false, message: 'This is not an estate export this tool reads.' };
  const read = READERS[format](value);
  if (read.resources.length === 0) return { ok: false, message: 'The export holds no resources.' };
  const warnings = [...read.warnings, ...read.skipped.map((row) => `${row.at}: ${row.reason}, left out.`)];
  return { ok: true, format, ...estateDesign(read.resources, title, warnings) };
}
