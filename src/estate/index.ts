import { objectAt, type AzureResource } from './azure-resource.ts';
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
  return importEstatePages([{ name: '', value }], title);
}

/** One file of an export imported in several: Resource Graph pages, or several Terraform states. */
export type EstatePage = { name: string; value: unknown };

/**
 * Converts an export that came in several files into one estate: the pages of a Resource Graph
 * query (`--skip-token`), or the states of several Terraform configurations. A resource in more
 * than one file is read once. Exported ARM templates are taken one at a time: each names its
 * resource group's resources the same way (see read-arm-template.ts).
 */
export function importEstatePages(pages: readonly EstatePage[], title: string): EstateImport {
  const formats = pages.map((page) => estateFormatOf(page.value));
  const named = (index: number) => (pages[index]?.name ? `“${pages[index]?.name}”` : 'This file');
  const none = formats.indexOf(null);
  if (none >= 0) {
    return {
      ok: false,
      message:
        pages.length > 1
          ? `${named(none)} is not an estate export this tool reads; files imported together must be pages of one export.`
          : 'This is not an estate export this tool reads.',
    };
  }
  const format = formats[0] as EstateFormat;
  const other = formats.findIndex((f) => f !== format);
  if (other >= 0) {
    return {
      ok: false,
      message: `${named(other)} is ${ESTATE_FORMAT_NAMES[formats[other] as EstateFormat]}, ${named(0)} ${ESTATE_FORMAT_NAMES[format]}: import one kind of export at a time.`,
    };
  }
  if (format === 'arm-template' && pages.length > 1) {
    return {
      ok: false,
      message:
        'Exported ARM templates are imported one at a time (each names its resources as if it were the only resource group). For several resource groups, export them with Resource Graph.',
    };
  }
  const reads = pages.map((page) => READERS[format](page.value));
  const resources: AzureResource[] = [];
  const seen = new Set<string>();
  for (const read of reads) {
    for (const resource of read.resources) {
      if (seen.has(resource.key)) continue;
      seen.add(resource.key);
      resources.push(resource);
    }
  }
  if (resources.length === 0) return { ok: false, message: 'The export holds no resources.' };
  const where = (index: number) => (pages.length > 1 && pages[index]?.name ? `${pages[index]?.name}: ` : '');
  const warnings = [
    ...pagingWarnings(reads, resources.length + reads.reduce((sum, read) => sum + read.skipped.length, 0)),
    ...reads.flatMap((read, index) => [
      ...read.warnings.map((warning) => `${where(index)}${warning}`),
      ...read.skipped.map((row) => `${where(index)}${row.at}: ${row.reason}, left out.`),
    ]),
  ];
  return { ok: true, format, ...estateDesign(resources, title, warnings) };
}

/** Whether Resource Graph's pages add up: a page that ends in a `skip_token` has one after it. */
function pagingWarnings(reads: readonly ReadResources[], rows: number): string[] {
  const paged = reads.filter((read) => read.paging);
  if (paged.length === 0) return [];
  if (paged.every((read) => read.paging?.more)) {
    return [
      reads.length === 1
        ? `The export is incomplete: Resource Graph returned one page of ${rows} rows and a skip_token for the rest. Run the query again with --skip-token (or --first 1000 and each further page) and import the pages together.`
        : `The export is incomplete: each of the ${reads.length} pages ends in a skip_token, so at least one more page follows. Run the query again with the last page's --skip-token and import all the pages together.`,
    ];
  }
  const total = Math.max(0, ...paged.map((read) => read.paging?.total ?? 0));
  return total > rows
    ? [
        `The export is incomplete: Resource Graph counted ${total} rows and these files hold ${rows}. Import every page together.`,
      ]
    : [];
}
