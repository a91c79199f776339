import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import type { EvaluationResult, PackId } from '../../engine/index.ts';
import type { EvaluateResponse } from '../../worker/protocol.ts';
import { useDesignStore } from '../store/design-store.ts';
import { evaluationQuery } from './evaluation.ts';
import { evaluationState, type EvaluationState } from './evaluation-state.ts';

export type { EvaluationState };

/** The open design's evaluation under the rule pack it asks for (its `rulesAsOf`), or under `pack`. */
export function useEvaluation(pack?: PackId | null): EvaluationState {
  const { design, session, revision } = useDesignStore(
    useShallow((s) => ({ design: s.design, session: s.session, revision: s.revision })),
  );
  const rulesAsOf: PackId = pack ?? design?.rulesAsOf ?? 'latest';
  // `null` asks for nothing (the compare view is closed).
  const query = useQuery(evaluationQuery(design, session, revision, rulesAsOf, pack !== null));
  const last = useLastResult(session, pack === null ? undefined : query.data);

  if (!design || pack === null) return { status: 'idle', rulesAsOf };
  return evaluationState(rulesAsOf, query, last);
}

/**
 * The last result this design was shown. A failed query drops its placeholder, so without this a
 * stopped analysis would blank every verdict on the canvas.
 */
function useLastResult(session: number, data: EvaluateResponse | undefined): EvaluationResult | null {
  const [last, setLast] = useState<{ session: number; result: EvaluationResult } | null>(null);
  const result = data?.ok ? data.result : null;
  // Stored during render (React re-runs this hook at once, before any child renders).
  if (result && (last?.result !== result || last.session !== session)) setLast({ session, result });
  return last?.session === session ? last.result : null;
}
