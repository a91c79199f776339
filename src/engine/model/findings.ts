import { SEVERITIES, type Severity } from '../schema/kinds.ts';
import type { Finding } from './types.ts';

// Worst first, in the order the schema declares severities.
const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

// Whoever reads a flow's findings from the top meets what decided its verdict before the rest.
const decisiveRank = (finding: Finding): number => (finding.decisive ? 0 : 1);

const findingKey = (f: Finding): string => `${f.ruleId}\u0000${f.subject}\u0000${f.message}`;

const sameReport = (a: Finding, b: Finding): boolean =>
  a.ruleId === b.ruleId && a.subject === b.subject && a.message === b.message;

/** Exact repeats (rule, subject, message) once: the first report, or a decisive one if there is one. */
function withoutRepeats(findings: readonly Finding[]): Finding[] {
  // A flow has a handful of findings: comparing them in pairs costs less than keying each by its text.
  if (findings.length <= 8) {
    const kept: Finding[] = [];
    for (const finding of findings) {
      const at = kept.findIndex((seen) => sameReport(seen, finding));
      if (at < 0) kept.push(finding);
      else if (finding.decisive && !kept[at]!.decisive) kept[at] = finding;
    }
    return kept;
  }
  const kept = new Map<string, Finding>();
  for (const finding of findings) {
    const seen = kept.get(findingKey(finding));
    if (!seen || (finding.decisive && !seen.decisive)) kept.set(findingKey(finding), finding);
  }
  return [...kept.values()];
}

/** Stable order (decisive first, then severity, rule, subject, message) with exact repeats removed. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return withoutRepeats(findings).sort(
    (a, b) =>
      decisiveRank(a) - decisiveRank(b) ||
      severityRank(a.severity) - severityRank(b.severity) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.subject, b.subject) ||
      cmp(a.message, b.message),
  );
}
