import type { Severity } from '../../../engine/index.ts';
import { findingsWords } from '../../findings/marks.ts';
import { SEVERITY_STYLES } from '../../findings/severity-style.ts';
import { VERDICT_STYLES, type FlowState } from '../../verdict-style.ts';

// What the analysis pins on a node: a findings marker (top right) and, while a flow is selected,
// the node's hop on that flow's path (top left).

export function FindingsMarker({ count, worst }: { count?: number; worst?: Severity }) {
  if (!count || !worst) return null;
  return (
    <span
      className={`absolute -top-2 -right-2 grid h-5 min-w-5 place-items-center rounded-full px-1 text-[11px] font-bold shadow-sm ring-2 ring-white dark:ring-slate-900 ${SEVERITY_STYLES[worst].marker}`}
      title={findingsWords({ count, worst })}
      data-testid="findings-marker"
    >
      {worst === 'info' ? count : `!${count > 1 ? count : ''}`}
    </span>
  );
}

export function HopBadge({ hop, state }: { hop?: string; state?: FlowState }) {
  if (hop === undefined || !state) return null;
  const look = VERDICT_STYLES[state];
  return (
    <span
      className="absolute -top-2.5 -left-2.5 grid size-6 place-items-center rounded-full text-[11px] font-bold text-white shadow ring-2 ring-white dark:ring-slate-900"
      style={{ backgroundColor: look.color }}
      title={hop === 'S' ? 'Where the selected flow starts' : `Hop ${hop} of the selected flow`}
      data-testid="hop-badge"
    >
      {hop}
    </span>
  );
}
