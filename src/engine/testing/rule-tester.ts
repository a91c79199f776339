import type { DesignDraft } from './design-builder.ts';
import type { Finding } from '../model/types.ts';
import type { PackId } from '../model/packs.ts';
import type { Confidence, Severity, Verdict } from '../schema/kinds.ts';
import { RULES } from '../rules/index.ts';
import { decisiveProblems, leadingDecisive } from './decisive.ts';

// Table-driven rule tests, the ESLint RuleTester way: each case is a small design, a pack and what
// must come out: the flow's verdict and whether the rule reports, and about which node or edge.
// Kept free of the test framework: a test compares `observe(...)`'s two halves with toEqual, so a
// failure shows one readable diff. Message wording is never compared. Every case also keeps the
// promises of the `decisive` mark (testing/decisive.ts), whatever it asserts.

/** Where a rule reports. */
export type Scope = 'flow' | 'design';

/** Subjects of the rule's findings: in the table's default scope (string or list), or per scope. */
export type Fires = string | readonly string[] | { flow?: readonly string[]; design?: readonly string[] };

export type RuleCase = {
  /** What the case shows. */
  name: string;
  design: () => DesignDraft;
  pack: PackId;
  /** The design's `allowPreviews` (default false). */
  previews?: boolean;
  /** The flow whose verdict and findings are checked (default "f"). */
  flow?: string;
  verdict: Verdict;
  /** `false`: the rule reports nothing, neither on the flow nor in the design findings. */
  fires: Fires | false;
  /** Every finding of the rule that `fires` names has this severity. */
  severity?: Severity;
  /** Every finding of the rule that `fires` names has this confidence. */
  confidence?: Confidence;
  /** Hop labels after the source, as a traceroute prints them. */
  hops?: readonly string[];
  /**
   * Which of the rule's flow findings decided the verdict, each marked and listed first: `true` every
   * one `fires` names, `false` none, or these subjects.
   */
  decisive?: boolean | readonly string[];
};

export type RuleTable = { scope: Scope; cases: readonly RuleCase[] };

type Observation = {
  verdict: Verdict;
  flow?: string[];
  design?: string[];
  severities?: Severity[];
  confidences?: Confidence[];
  hops?: string[];
  decisive?: string[];
  /** The result breaks a promise of the decisive mark; never expected. */
  broken?: string[];
};

const unique = <T extends string>(values: readonly T[]): T[] => [...new Set(values)].sort();

function expectedSubjects(fires: Fires | false, scope: Scope): { flow?: string[]; design?: string[] } {
  if (fires === false) return { flow: [], design: [] };
  if (typeof fires === 'string') return { [scope]: [fires] };
  if (Array.isArray(fires)) return { [scope]: unique(fires as readonly string[]) };
  const perScope = fires as { flow?: readonly string[]; design?: readonly string[] };
  return {
    ...(perScope.flow ? { flow: unique(perScope.flow) } : {}),
    ...(perScope.design ? { design: unique(perScope.design) } : {}),
  };
}

function describeFires(fires: Fires | false, scope: Scope): string {
  if (fires === false) return 'silent';
  const subjects = expectedSubjects(fires, scope);
  const parts = (['flow', 'design'] as const)
    .filter((s) => subjects[s] !== undefined)
    .map((s) => (subjects[s]!.length === 0 ? `none in ${s}` : `${s} @${subjects[s]!.join(',')}`));
  return `fires (${parts.join('; ')})`;
}

function describeDecisive(decisive: RuleCase['decisive']): string {
  if (decisive === undefined) return '';
  if (typeof decisive === 'boolean') return decisive ? ', decisive' : ', not decisive';
  return decisive.length === 0 ? ', not decisive' : `, decisive @${unique(decisive).join(',')}`;
}

/** `it.each` rows: a readable title and the case. */
export function ruleCases(ruleId: string, table: RuleTable): [string, RuleCase][] {
  if (!RULES.some((r) => r.id === ruleId)) throw new Error(`no rule "${ruleId}" in the registry`);
  return table.cases.map((c) => [
    `${c.pack}${c.previews ? ' +previews' : ''} | ${c.name} → ${c.verdict}, ${describeFires(c.fires, table.scope)}` +
      describeDecisive(c.decisive),
    c,
  ]);
}

function expectedDecisive(c: RuleCase, scope: Scope): string[] {
  if (c.decisive === undefined || c.decisive === false) return [];
  if (c.decisive !== true) return unique(c.decisive);
  const named = c.fires === false ? undefined : expectedSubjects(c.fires, scope).flow;
  if (!named?.length) throw new Error(`"${c.name}" is decisive, but \`fires\` names no finding on the flow`);
  return named;
}

/** Subjects of the rule's decisive findings on the flow; one listed after a finding that did not decide says so. */
function decisiveSubjects(findings: readonly Finding[], ruleId: string): string[] {
  const leading = leadingDecisive(findings);
  return unique(
    findings.flatMap((f, i) =>
      f.ruleId === ruleId && f.decisive ? [i < leading ? f.subject : `${f.subject} (not listed first)`] : [],
    ),
  );
}

/** Evaluates the case and returns what came out beside what the case expects, in the same shape. */
export function observe(ruleId: string, scope: Scope, c: RuleCase): { actual: Observation; expected: Observation } {
  const result = c
    .design()
    .previews(c.previews ?? false)
    .evaluate(c.pack);
  const flowId = c.flow ?? 'f';
  const flow = result.flows[flowId];
  if (!flow) throw new Error(`no flow "${flowId}" in the result`);
  const mine = {
    flow: flow.findings.filter((f) => f.ruleId === ruleId),
    design: result.findings.filter((f) => f.ruleId === ruleId),
  };

  const subjects = expectedSubjects(c.fires, scope);
  const expected: Observation = { verdict: c.verdict, ...subjects };
  const actual: Observation = { verdict: flow.verdict };
  const checked: Finding[] = [];
  for (const s of ['flow', 'design'] as const) {
    if (subjects[s] === undefined) continue;
    actual[s] = unique(mine[s].map((f) => f.subject));
    checked.push(...mine[s]);
  }
  if (c.severity) {
    expected.severities = [c.severity];
    actual.severities = unique(checked.map((f) => f.severity));
  }
  if (c.confidence) {
    expected.confidences = [c.confidence];
    actual.confidences = unique(checked.map((f) => f.confidence));
  }
  if (c.hops) {
    expected.hops = [...c.hops];
    actual.hops = flow.path.slice(1).map((h) => h.label);
  }
  if (c.decisive !== undefined) {
    expected.decisive = expectedDecisive(c, scope);
    actual.decisive = decisiveSubjects(flow.findings, ruleId);
  }
  const broken = decisiveProblems(result);
  if (broken.length > 0) actual.broken = broken;
  return { actual, expected };
}
