import type { Finding } from '../../../engine/index.ts';
import { findingKey } from '../../findings/finding-key.ts';
import { byDecisiveThenSeverity, bySeverity, SEVERITY_STYLES } from '../../findings/severity-style.ts';

// Findings as small cards: what the rule says, the fix, and the dated source. The inspector shows
// them for the selected node or edge, flow details for the selected flow.

/**
 * `ofFlow`: the findings are one flow's, so the ones that decided its verdict lead and say so.
 * Gathered from several flows (a node's), "decided" would not say whose verdict: severity alone orders them.
 */
export function FindingCards({
  findings,
  title,
  ofFlow = false,
}: {
  findings: readonly Finding[];
  title: string;
  ofFlow?: boolean;
}) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort(ofFlow ? byDecisiveThenSeverity : bySeverity);
  return (
    <div className="mt-4">
      <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {title}
      </h3>
      <ul className="space-y-1.5">
        {sorted.map((finding) => (
          <li
            key={findingKey(finding)}
            className={`rounded-md px-2 py-1.5 text-xs ring-1 ${SEVERITY_STYLES[finding.severity].badge}`}
          >
            {ofFlow && finding.decisive ? (
              <p className="mb-0.5 text-[10px] font-bold tracking-wide uppercase">Decided the verdict</p>
            ) : null}
            <p>{finding.message}</p>
            {finding.remediation ? <p className="mt-0.5 opacity-80">Fix: {finding.remediation}</p> : null}
            <p className="mt-0.5 flex flex-wrap gap-x-2 opacity-80">
              <code className="text-[11px]">{finding.ruleId}</code>
              <a className="underline" href={finding.source.url} target="_blank" rel="noreferrer">
                {finding.source.title} ({finding.source.date})
              </a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
