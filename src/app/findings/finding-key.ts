import type { EvaluationResult, Finding } from '../../engine/index.ts';

/**
 * What makes two reports one finding: the same rule saying the same thing about the same subject.
 * Several flows may report it; the panel lists it once, and the markers count it once. Ids and
 * messages may hold any character, so the parts are quoted rather than joined with a separator.
 */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'subject' | 'message'>): string {
  const known = keys.get(finding);
  if (known !== undefined) return known;
  const key = JSON.stringify([finding.ruleId, finding.subject, finding.message]);
  keys.set(finding, key);
  return key;
}

// Per report: an edit's answer keeps every unchanged flow's reports as they were, and a large
// design's tens of thousands of them were quoted again for each view at each answer. Results are
// not changed once made (the engine's and the worker's answers are new objects each time).
const keys = new WeakMap<object, string>();

/** The findings, each once (the first report of it), in the order given. */
export function distinctFindings(findings: Iterable<Finding>): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const key = findingKey(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

/** Every report in a result: the design's findings, then each flow's. */
export function* everyFinding(result: EvaluationResult): Generator<Finding> {
  yield* result.findings;
  for (const flow of Object.values(result.flows)) yield* flow.findings;
}
