import { useShallow } from 'zustand/react/shallow';
import { PACKS, isPackId, packInfo } from '../../engine/index.ts';
import { EXAMPLES, findExample } from '../io/examples.ts';
import type { EvaluationState } from '../queries/useEvaluation.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { VerdictLegend } from './VerdictLegend.tsx';

const SELECT_CLASS =
  'h-8 rounded-md border border-slate-300 bg-white pl-2.5 pr-8 text-sm text-slate-800 shadow-xs focus:border-sky-500 focus:ring-2 focus:ring-sky-500/30 focus:outline-none';

export function Header({ evaluation }: { evaluation: EvaluationState }) {
  const { design, origin, openDesign } = useDesignStore(
    useShallow((s) => ({ design: s.design, origin: s.origin, openDesign: s.openDesign })),
  );
  const { override, setRulesAsOf, setHighlightedFlow } = useUiStore(
    useShallow((s) => ({ override: s.rulesAsOf, setRulesAsOf: s.setRulesAsOf, setHighlightedFlow: s.setHighlightedFlow })),
  );
  const title = design?.title || 'Untitled design';

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="flex h-16 items-center gap-4 px-5">
        <img src="/favicon.svg" alt="" className="size-8" />
        <div className="min-w-0 flex-1">
          <p className="text-[11px] font-semibold tracking-wider text-slate-400 uppercase">FastPath Designer</p>
          <h1 className="truncate text-lg leading-tight font-semibold text-slate-900" title={title}>
            {title}
          </h1>
        </div>

        <label className="flex items-center gap-2 text-xs font-medium text-slate-500">
          Example
          <select
            className={SELECT_CLASS}
            value={origin ?? ''}
            onChange={(event) => {
              const example = findExample(event.target.value);
              if (!example) return;
              setHighlightedFlow(null);
              openDesign(example.document, example.id);
            }}
          >
            {origin !== null && !findExample(origin) ? <option value={origin}>{title}</option> : null}
            {EXAMPLES.map((example) => (
              <option key={example.id} value={example.id}>
                {example.name}
              </option>
            ))}
          </select>
        </label>

        <label className="flex items-center gap-2 text-xs font-medium text-slate-500">
          Rules as of
          <select
            className={SELECT_CLASS}
            value={override ?? ''}
            onChange={(event) => setRulesAsOf(isPackId(event.target.value) ? event.target.value : null)}
          >
            <option value="">Design’s choice ({design?.rulesAsOf ?? 'latest'})</option>
            {PACKS.map((pack) => (
              <option key={pack.id} value={pack.id}>
                {pack.id === 'latest' ? `latest (${pack.date})` : pack.id}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div className="flex min-h-10 flex-wrap items-center justify-between gap-x-6 gap-y-1 border-t border-slate-100 bg-slate-50/70 px-5 py-1.5">
        <VerdictLegend />
        <RulePackStatus evaluation={evaluation} />
      </div>
    </header>
  );
}

function RulePackStatus({ evaluation }: { evaluation: EvaluationState }) {
  const info = packInfo(evaluation.rulesAsOf);
  const dot =
    evaluation.status === 'done' ? 'bg-green-500' : evaluation.status === 'failed' ? 'bg-red-500' : 'bg-slate-300 animate-pulse';
  const state =
    evaluation.status === 'done' ? 'Evaluated' : evaluation.status === 'failed' ? 'Analysis failed' : 'Evaluating…';
  const pack = evaluation.status === 'done' ? evaluation.result.pack : { id: info.id, date: info.date };
  const dated = evaluation.status === 'done' && evaluation.result.rulesAsOf !== pack.id ? ` (${evaluation.result.rulesAsOf} rules)` : '';

  return (
    <p className="flex items-center gap-2 text-xs text-slate-500" role="status" title={info.basis}>
      <span className={`size-2 rounded-full ${dot}`} aria-hidden="true" />
      <span>{state}</span>
      <span aria-hidden="true" className="text-slate-300">
        |
      </span>
      <span>
        Rule pack <strong className="font-semibold text-slate-700">{pack.id}</strong>
        {dated} · documentation as of {pack.date}
      </span>
    </p>
  );
}
