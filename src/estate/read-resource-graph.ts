import { objectAt, textAt, type AzureResource } from './azure-resource.ts';

// Azure Resource Graph output, and `az network … list/show` output, as resources. The Resource
// Graph wrapper of `az graph query -o json` ({count, data, skip_token, total_records}), or a bare
// array (PowerShell's `Search-AzGraph | ConvertTo-Json -Depth 20`, or `az network vnet list`). Rows
// from `az network` have their properties at the top level: "if `properties` exists, use it".

export type ReadResources = {
  resources: AzureResource[];
  warnings: string[];
  skipped: SkippedRow[];
  /** Resource Graph paging: whether this page ends in a `skip_token`, and the total it announces. */
  paging?: { more: boolean; total?: number };
};
export type SkippedRow = { at: string; reason: string };

/** ConvertTo-Json writes an object nested deeper than its -Depth as a string like "@{name=…; id=…}". */
const TRUNCATED = /^@\{.*\}$|^System\.Object\[\]$|^System\.Collections\./s;

export function readResourceGraph(value: unknown): ReadResources {
  const warnings: string[] = [];
  const skipped: SkippedRow[] = [];
  const wrapper = objectAt(value);
  const rows: unknown[] = Array.isArray(value) ? value : Array.isArray(wrapper.data) ? wrapper.data : [value];
  const token = wrapper.skip_token ?? wrapper.skipToken ?? wrapper.$skipToken;
  const total = wrapper.total_records ?? wrapper.totalRecords;
  const paging = {
    more: typeof token === 'string' && token !== '',
    ...(typeof total === 'number' && Number.isFinite(total) ? { total } : {}),
  };
  if (wrapper.resultTruncated === true || wrapper.resultTruncated === 'true') {
    warnings.push('The export is incomplete: Resource Graph says the result was truncated.');
  }
  let truncated = '';
  const resources: AzureResource[] = [];
  rows.forEach((row, index) => {
    const at = `data[${index}]`;
    const fields = objectAt(row);
    const id = textAt(fields.id);
    const type = textAt(fields.type);
    if (!id || !type) {
      skipped.push({ at, reason: 'a row without an id or a type' });
      return;
    }
    const rawProperties = fields.properties;
    const properties = typeof rawProperties === 'object' && rawProperties !== null ? objectAt(rawProperties) : fields;
    truncated ||= truncatedField(properties, `${textAt(fields.name) || id}: properties`);
    if (typeof rawProperties === 'string') truncated ||= `${textAt(fields.name) || id}: properties`;
    resources.push({
      id,
      key: id.toLowerCase(),
      type: type.toLowerCase(),
      name: textAt(fields.name) || id.split('/').pop() || id,
      location: textAt(fields.location).toLowerCase().replace(/\s+/g, ''),
      sku: objectAt(fields.sku),
      properties,
    });
  });
  if (truncated) {
    warnings.push(
      `The export was cut short by PowerShell's ConvertTo-Json depth (${truncated} holds "@{…}" text instead of its fields): export again with ConvertTo-Json -Depth 20.`,
    );
  }
  return { resources, warnings, skipped, paging };
}

/** The path of the first value PowerShell wrote as text because it was nested too deep, or ''. */
function truncatedField(value: unknown, path: string, depth = 0): string {
  if (typeof value === 'string') return TRUNCATED.test(value) ? path : '';
  if (depth > 12 || typeof value !== 'object' || value === null) return '';
  for (const [key, inner] of Object.entries(value)) {
    const found = truncatedField(inner, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return '';
}
