import type { Finding } from './types.ts';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

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
  return unique.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || cmp(a.ruleId, b.ruleId) || cmp(a.subject, b.subject) || cmp(a.message, b.message));
}
