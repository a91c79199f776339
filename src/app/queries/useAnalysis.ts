import { useMemo, useState } from 'react';
import { useLaterValue } from '../later-value.ts';
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import type { EvaluationResult, PackId } from '../../engine/index.ts';
import type { EvaluationAnswer } from '../../worker/protocol.ts';
import { useDesignStore } from '../store/design-store.ts';
import { analysisOf, idleAnalysis, type Analysis } from './analysis.ts';
import { evaluationQuery } from './evaluation.ts';

export type { Analysis };

/** The open design's analysis under the rule pack it asks for (its `rulesAsOf`). */
export function useAnalysis(): Analysis {
  return useAnalysisUnder(null);
}

/** The open design's analysis under another rule pack (the compare view). */
export function useComparedAnalysis(pack: PackId): Analysis {
  return useAnalysisUnder(pack);
}

function useAnalysisUnder(pack: PackId | null): Analysis {
  const { design, session, revision } = useDesignStore(
    useShallow((s) => ({ design: s.design, session: s.session, revision: s.revision })),
  );
  const rulesAsOf: PackId = pack ?? design?.rulesAsOf ?? 'latest';
  const query = useQuery(evaluationQuery(design, session, revision, rulesAsOf));
  const last = useLastResult(session, query.data);
  const open = design !== null;
  const { data, error, isFetching, isPlaceholderData } = query;
  // Kept while its inputs are: consumers memoise on the analysis, so a re-render is not a new one.
  const analysis = useMemo(
    () =>
      open ? analysisOf(rulesAsOf, { data, error, isFetching, isPlaceholderData }, last) : idleAnalysis(rulesAsOf),
    [open, rulesAsOf, data, error, isFetching, isPlaceholderData, last],
  );
  // What follows from the analysis (the canvas's colours) renders in the task after an answer's:
  // the answer's task stays short, and both are painted in one frame (the side panels' hundreds
  // of rows follow later still, App.tsx).
  const shown = useLaterValue(analysis.current, analysis.current, 'nextTask');
  return useMemo(() => (shown === analysis.shown ? analysis : { ...analysis, shown }), [analysis, shown]);
}

/**
 * The last result this design was shown. A failed query drops its placeholder, so without this a
 * stopped analysis would blank every verdict on the canvas.
 */
function useLastResult(session: number, data: EvaluationAnswer | undefined): EvaluationResult | null {
  const [last, setLast] = useState<{ session: number; result: EvaluationResult } | null>(null);
  const result = data?.ok ? data.result : null;
  // Stored during render (React re-runs this hook at once, before any child renders).
  if (result && (last?.result !== result || last.session !== session)) setLast({ session, result });
  return last?.session === session ? last.result : null;
}
