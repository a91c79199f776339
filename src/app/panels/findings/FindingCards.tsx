import type { Finding } from '../../../engine/index.ts';

// Findings as small cards: what the rule says, the fix, and the dated source. The inspector shows
// them for the selected node or edge, flow details for the selected flow.

const SEVERITY_LOOK = {
  error: 'bg-red-50 text-red-800 ring-red-600/20 dark:bg-red-950/50 dark:text-red-300',
  warning: 'bg-amber-50 text-amber-800 ring-amber-600/20 dark:bg-amber-950/50 dark:text-amber-300',
  info: 'bg-slate-50 text-slate-700 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-300',
} as const;

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function FindingCards({ findings, title }: { findings: readonly Finding[]; title: string }) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <div className="mt-4">
      <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{title}</h3>
      <ul className="space-y-1.5">
        {sorted.map((finding) => (
          <li key={`${finding.ruleId}|${finding.subject}|${finding.message}`} className={`rounded-md px-2 py-1.5 text-xs ring-1 ${SEVERITY_LOOK[finding.severity]}`}>
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
