import { readFileSync } from 'node:fs';
import { formatProblem, loadDesign, type Design } from '../../engine/index.ts';
import { importEstate, withFlows, type EstateImport } from '../index.ts';

// What the estate importer's tests share: the Contoso estate in each export format (written from
// the documented shapes, fixtures/estates/), and the design an export gives.

export type Row = { id: string; name: string; type: string; properties: Record<string, unknown>; sku?: unknown };

const read = (file: string): unknown => JSON.parse(readFileSync(`fixtures/estates/${file}`, 'utf8'));

/** Resource Graph output: the `az graph query -o json` wrapper. */
export const resourceGraph = () => read('contoso.arg.json') as { data: Row[] } & Record<string, unknown>;

/** The same estate as an exported ARM template. */
export const armTemplate = () =>
  read('contoso.arm-export.json') as Record<string, unknown> & { resources: Record<string, unknown>[] };

export type TerraformModule = {
  address?: string;
  resources: { address: string; type: string; index?: unknown; values: Record<string, unknown> }[];
  child_modules?: TerraformModule[];
};

/** The same estate as `terraform show -json` state. */
export const terraformState = () =>
  read('contoso.tfstate.json') as Record<string, unknown> & { values: { root_module: TerraformModule } };

export function imported(value: unknown = resourceGraph()): Extract<EstateImport, { ok: true }> {
  const result = importEstate(value, 'Contoso');
  if (!result.ok) throw new Error(result.message);
  return result;
}

export function design(value: unknown = resourceGraph(), kept?: ReadonlySet<string>): Design {
  const loaded = loadDesign(withFlows(imported(value), kept));
  if (!loaded.ok) throw new Error(loaded.errors.map(formatProblem).join('; '));
  return loaded.design;
}

export const node = (d: Design, id: string) => d.nodes.find((n) => n.id === id);

/** A design's parts in id order, without Azure ids (a template does not know its subscription). */
export function comparable(d: Design) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return {
    nodes: d.nodes.map(({ azureId: _id, ...rest }) => rest).sort(byId),
    edges: d.edges.map(({ azureId: _id, ...rest }) => rest).sort(byId),
  };
}
