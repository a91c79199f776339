import type { Design, DecisionStatus } from '../../../engine/index.ts';
import { decideOn, READ_ONLY_DECISION } from '../../canvas/present-controls.ts';
import { decisionFor } from '../../review/decisions.ts';
import { useDesignStore } from '../../store/design-store.ts';
import { DECISION_LOOKS, DecisionBadge, whenText } from '../present/decision-look.tsx';

// A flow's review decision in the inspector: where it stands, who decided and when, and the same
// two choices present mode offers (pressing the chosen one again takes it back).

const CHOICES: DecisionStatus[] = ['accepted', 'changesRequested'];

export function FlowReview({ design, flowId }: { design: Design; flowId: string }) {
  const decision = decisionFor(design, flowId);
  const readOnly = useDesignStore((s) => s.readOnly);
  return (
    <section
      aria-label="Review decision"
      className="mb-4 rounded-lg border border-slate-200 px-3 py-2.5 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">Review</h3>
        {decision ? (
          <>
            <DecisionBadge decision={decision} size="small" />
            <span className="text-[11px] text-slate-500 dark:text-slate-400">
              {decision.author || 'Someone'} · {whenText(decision.at)}
            </span>
          </>
        ) : (
          <span className="text-xs text-slate-500 dark:text-slate-400">Not reviewed yet</span>
        )}
      </div>
      {decision?.text ? (
        <p className="mt-1 text-sm break-words whitespace-pre-wrap text-slate-700 dark:text-slate-200">
          {decision.text}
        </p>
      ) : null}
      {readOnly ? (
        <p className="mt-1.5 text-xs text-slate-500 dark:text-slate-400">{READ_ONLY_DECISION}</p>
      ) : (
        <div className="mt-2 flex gap-2">
          {CHOICES.map((status) => (
            <button
              key={status}
              type="button"
              aria-pressed={decision?.status === status}
              onClick={() => decideOn(flowId, status)}
              className={`rounded-md px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${decision?.status === status ? DECISION_LOOKS[status].badge : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600 dark:hover:bg-slate-700'}`}
            >
              {status === 'accepted' ? 'Accept' : 'Request change'}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
