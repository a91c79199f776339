import { SEVERITIES, type Severity } from '../schema/kinds.ts';
import type { Finding } from './types.ts';

// Worst first, in the order the schema declares severities.
const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/** Stable order (severity, rule, subject, message) with exact repeats removed. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.subject}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return unique.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.subject, b.subject) ||
      cmp(a.message, b.message),
  );
}
