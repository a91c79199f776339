import { ESTATE_CONNECTION } from '../bench/fixtures.ts';
import { VERDICTS, type Design, type EvaluationResult } from '../src/engine/index.ts';

// What the tests of the seeded estate (bench/fixtures.ts) edit, and what they expect to read.

/** What the flow list's summary line says for a result: "491 FastPath · 509 Gateway". */
export function summary(result: EvaluationResult): string {
  const words: Record<string, string> = {
    fastpath: 'FastPath',
    gateway: 'Gateway',
    direct: 'Direct',
    unreachable: 'Unreachable',
  };
  const counts = new Map<string, number>();
  for (const flow of Object.values(result.flows)) counts.set(flow.verdict, (counts.get(flow.verdict) ?? 0) + 1);
  return VERDICTS.filter((verdict) => counts.has(verdict))
    .map((verdict) => `${counts.get(verdict)} ${words[verdict]}`)
    .join(' · ');
}

export function withFastPath(design: Design, on: boolean): Design {
  return {
    ...design,
    edges: design.edges.map((edge) =>
      edge.id === ESTATE_CONNECTION && edge.kind === 'connection'
        ? { ...edge, props: { ...edge.props, fastPath: on } }
        : edge,
    ),
  };
}

/** The VNet that holds the gateway end of ESTATE_CONNECTION. */
export function connectionVnet(design: Design): string {
  const connection = design.edges.find((edge) => edge.id === ESTATE_CONNECTION);
  const vnet = design.nodes.find((node) => node.id === connection?.source)?.parentId;
  if (!vnet) throw new Error(`the gateway of ${ESTATE_CONNECTION} is in no VNet`);
  return vnet;
}
