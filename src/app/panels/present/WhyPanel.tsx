import type { FlowResult } from '../../../engine/index.ts';
import { presentPanelStyle } from '../../canvas/present-controls.ts';
import { byDecisiveThenSeverity, SEVERITY_STYLES } from '../../findings/severity-style.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { flowTitle, type FlowLabel } from '../../words.ts';

// The whole "why" of the presented flow in large type: every finding, the one that decided the
// verdict first, each with its fix and dated source.

export function WhyPanel({ label, outcome }: { label: FlowLabel | undefined; outcome: FlowResult }) {
  const findings = [...outcome.findings].sort(byDecisiveThenSeverity);
  const look = VERDICT_STYLES[outcome.verdict];
  return (
    <section
      aria-label="Why"
      className="absolute top-4 right-4 z-20 overflow-y-auto rounded-xl border border-slate-300 bg-white/97 p-5 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900/97 dark:text-slate-50"
      style={presentPanelStyle('why')}
    >
      <h2 className="text-[22px] font-semibold">
        Why {label ? flowTitle(label) : 'this flow'} is {look.word}
      </h2>
      {findings.length === 0 ? (
        <p className="mt-2 text-[18px]">{look.meaning}; no rule has anything to add.</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {findings.map((finding, i) => (
            <li
              key={`${finding.ruleId}:${finding.subject}:${i}`}
              className={`rounded-lg px-4 py-3 ring-1 ${SEVERITY_STYLES[finding.severity].badge}`}
            >
              {finding.decisive ? (
                <p className="text-[13px] font-bold tracking-wide uppercase">Decided the verdict</p>
              ) : null}
              <p className="text-[18px] leading-snug">{finding.message}</p>
              {finding.remediation ? <p className="mt-1 text-[16px] opacity-85">Fix: {finding.remediation}</p> : null}
              <p className="mt-1 text-[14px] opacity-80">
                {finding.source.title} ({finding.source.date})
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
