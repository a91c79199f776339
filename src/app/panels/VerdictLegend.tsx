import { LEGEND_VERDICTS, VERDICT_STYLES } from '../verdict-style.ts';
import { VerdictIcon } from '../canvas/VerdictIcon.tsx';
import { VerdictLine } from './VerdictLine.tsx';

export function VerdictLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-5 gap-y-1">
      {LEGEND_VERDICTS.map((verdict) => (
        <li
          key={verdict}
          className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300"
          title={VERDICT_STYLES[verdict].meaning}
        >
          <VerdictLine state={verdict} />
          <VerdictIcon state={verdict} />
          <span className="font-medium text-slate-700 dark:text-slate-200">{VERDICT_STYLES[verdict].word}</span>
        </li>
      ))}
    </ul>
  );
}
