import { indexById } from '../model/design-patch.ts';
import { endName, type Parts } from '../model/names.ts';
import type { Design, DesignEdgeOf, EvaluationResult, Finding, FlowResult } from '../model/types.ts';
import type { Verdict } from '../schema/kinds.ts';
import type { Matching } from './match.ts';

// What two versions of a design do to each flow: its verdict, whether it meets its expectation, and
// the findings that explain the difference (those one side raises and the other does not). A flow
// got worse when it left FastPath or lost ground towards unreachable, broke its expectation, or
// gained an error; better when the reverse happened and nothing got worse.

/** A flow's outcome in one version, with the verdict it was expected to get there, if any. */
export type FlowOutcome = Pick<FlowResult, 'verdict' | 'expectationMet' | 'findings'> & { expected?: Verdict };

export type FlowEffect = 'worse' | 'better' | 'neutral';

export type FlowChange = {
  /** The flow's id in the newer version (the older one for a removed flow). */
  id: string;
  renamedFrom?: string;
  /** Its number in the flow list of the version it is drawn in (the older one for a removed flow). */
  number: number;
  /** Its name, or '' when it has none. */
  label: string;
  /** Its ends as the canvas labels them: `HQ → Hub VM`. */
  route: string;
  change: 'added' | 'removed' | 'changed';
  effect: FlowEffect;
  before?: FlowOutcome;
  after?: FlowOutcome;
  /** Findings about the flow in the newer version that the older one did not have. */
  raised: Finding[];
  /** Findings about the flow in the older version that the newer one no longer has. */
  cleared: Finding[];
};

/** From no gateway on the way in to no route at all: a move down this list is a move for the worse. */
const VERDICT_RANK: Record<Verdict, number> = { fastpath: 3, direct: 2, gateway: 1, unreachable: 0 };
const EFFECT_ORDER: Record<FlowEffect, number> = { worse: 0, neutral: 1, better: 2 };

type FlowEdge = DesignEdgeOf<'flow'>;

export function flowChanges(
  before: { design: Design; result: EvaluationResult },
  after: { design: Design; result: EvaluationResult },
  matching: Matching,
  oldParts: Parts = partsOf(before.design),
  newParts: Parts = partsOf(after.design),
): FlowChange[] {
  const oldFlows = numbered(before.design);
  const newFlows = numbered(after.design);
  const newId = subjectIn(matching);
  const changes: FlowChange[] = [];
  const seen = new Set<string>();
  for (const [id, old] of oldFlows) {
    const matchedId = matching.edges.get(id);
    const now = matchedId === undefined ? undefined : newFlows.get(matchedId);
    const was = outcome(before.result.flows[id], old.flow);
    if (!now) {
      changes.push({
        ...describe(oldParts, old),
        change: 'removed',
        effect: 'neutral',
        before: was,
        raised: [],
        cleared: [],
      });
      continue;
    }
    seen.add(now.flow.id);
    const is = outcome(after.result.flows[now.flow.id], now.flow);
    const { raised, cleared } = findingChanges(was?.findings ?? [], is?.findings ?? [], newId);
    const verdictChanged = was?.verdict !== is?.verdict;
    const expectationChanged = was?.expectationMet !== is?.expectationMet;
    if (!verdictChanged && !expectationChanged && !raised.length && !cleared.length) continue;
    changes.push({
      ...describe(newParts, now),
      ...(id === now.flow.id ? {} : { renamedFrom: id }),
      change: 'changed',
      effect: effectOf(was, is, raised, cleared),
      ...(was ? { before: was } : {}),
      ...(is ? { after: is } : {}),
      raised,
      cleared,
    });
  }
  for (const [id, now] of newFlows) {
    if (seen.has(id)) continue;
    const is = outcome(after.result.flows[id], now.flow);
    const broken = is?.expectationMet === false || (is?.findings ?? []).some(isError);
    changes.push({
      ...describe(newParts, now),
      change: 'added',
      effect: broken ? 'worse' : 'neutral',
      ...(is ? { after: is } : {}),
      raised: is?.findings ?? [],
      cleared: [],
    });
  }
  return changes.sort(worstFirst);
}

/** Findings raised and cleared between two lists, a finding being its rule, severity and subject. */
export function findingChanges(
  before: readonly Finding[],
  after: readonly Finding[],
  newId: (subject: string) => string,
): { raised: Finding[]; cleared: Finding[] } {
  const key = (finding: Finding, subject: string) => `${finding.ruleId}\u0000${finding.severity}\u0000${subject}`;
  const old = new Set(before.map((finding) => key(finding, newId(finding.subject))));
  const now = new Set(after.map((finding) => key(finding, finding.subject)));
  return {
    raised: after.filter((finding) => !old.has(key(finding, finding.subject))),
    cleared: before.filter((finding) => !now.has(key(finding, newId(finding.subject)))),
  };
}

/** A subject of the older version in the newer version's ids. */
export function subjectIn(matching: Matching): (subject: string) => string {
  return (subject) => matching.nodes.get(subject) ?? matching.edges.get(subject) ?? `\u0000old:${subject}`;
}

function effectOf(
  was: FlowOutcome | undefined,
  is: FlowOutcome | undefined,
  raised: readonly Finding[],
  cleared: readonly Finding[],
): FlowEffect {
  if (!was || !is) return 'neutral';
  const rank = VERDICT_RANK[is.verdict] - VERDICT_RANK[was.verdict];
  const broke = was.expectationMet !== false && is.expectationMet === false;
  const fixed = was.expectationMet === false && is.expectationMet !== false;
  if (rank < 0 || broke || raised.some(isError)) return 'worse';
  if (rank > 0 || fixed || cleared.some(isError)) return 'better';
  return 'neutral';
}

const isError = (finding: Finding) => finding.severity === 'error';

function outcome(result: FlowResult | undefined, flow: FlowEdge): FlowOutcome | undefined {
  if (!result) return undefined;
  return {
    verdict: result.verdict,
    ...(flow.props.expect === undefined ? {} : { expected: flow.props.expect }),
    ...(result.expectationMet === undefined ? {} : { expectationMet: result.expectationMet }),
    findings: result.findings,
  };
}

type Numbered = { flow: FlowEdge; number: number };

function numbered(design: Design): Map<string, Numbered> {
  const flows = new Map<string, Numbered>();
  for (const edge of design.edges) if (edge.kind === 'flow') flows.set(edge.id, { flow: edge, number: flows.size + 1 });
  return flows;
}

export function partsOf(design: Design): Parts {
  return { nodes: indexById(design.nodes), edges: indexById(design.edges) };
}

function describe(parts: Parts, { flow, number }: Numbered) {
  return {
    id: flow.id,
    number,
    label: flow.label?.trim() ?? '',
    route: `${endName(parts, flow.source)} → ${endName(parts, flow.target)}`,
  };
}

/** Worse first, the ones left with no route ahead of those sent through a gateway; then by number. */
function worstFirst(a: FlowChange, b: FlowChange): number {
  return (
    EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect] ||
    rankAfter(a) - rankAfter(b) ||
    expectationOrder(a) - expectationOrder(b) ||
    a.number - b.number
  );
}

const rankAfter = (change: FlowChange) => (change.after ? VERDICT_RANK[change.after.verdict] : 4);
const expectationOrder = (change: FlowChange) => (change.after?.expectationMet === false ? 0 : 1);
